package jp.yui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every request the service maps under a prefix, with its path variables filled from given ids, for walking tests. */
final class ApiEndpoints {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** One method and path; {@code complete} is false when some path variable had no id (filled with "x"). */
    record Endpoint(String method, String pattern, String path, boolean complete) {
    }

    private ApiEndpoints() {
    }

    /** Day listings (paths ending in {@code /runs}) get {@code ?date=} from the id {@code date}, or 2030-01-01. */
    static List<Endpoint> under(RequestMappingHandlerMapping mappings, String prefix, Map<String, String> ids) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix)) {
                    continue;
                }
                Matcher m = VARIABLE.matcher(pattern);
                StringBuilder path = new StringBuilder();
                boolean complete = true;
                while (m.find()) {
                    String value = ids.get(m.group(1));
                    complete &= value != null;
                    m.appendReplacement(path, Matcher.quoteReplacement(value == null ? "x" : value));
                }
                m.appendTail(path);
                if (pattern.endsWith("/runs")) {
                    path.append("?date=").append(ids.getOrDefault("date", "2030-01-01"));
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method.name(), pattern, path.toString(), complete));
                }
            }
        }
        return endpoints;
    }
}
