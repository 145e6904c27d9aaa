package jp.yui.infra.mongo;

/**
 * One query the embedded server ran and what it examined: for tests that assert no query scans, and for diagnosis.
 * The filter is given as its shape only ({@code {organizationId: ?, day: {$gte: ?}}}), never its values, as those can
 * be personal data.
 *
 * @param command  the command it ran under ({@code find}, {@code update}, {@code delete}, {@code findAndModify}, …)
 * @param plan     {@code COLLSCAN} or {@code IXSCAN <index name>}
 * @param returned the documents it matched (before a projection, after skip and limit)
 */
public record ExaminedQuery(String namespace, String command, String filterShape, String plan, long keysExamined,
                            long docsExamined, long returned) {

    /** Whether it examined no more than {@code slack} index entries and documents beyond what it returned. */
    public boolean examinesAtMost(long slack) {
        return keysExamined <= returned + slack && docsExamined <= returned + slack;
    }

    @Override
    public String toString() {
        return command + " " + namespace + " " + filterShape + " → " + plan + ": " + keysExamined + " keys, "
                + docsExamined + " documents examined, " + returned + " returned";
    }
}
