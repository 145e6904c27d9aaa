package jp.yui.app.residents.usecase;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.privacy.AccessAudit;
import jp.yui.app.residents.DirectorySearchKeys;
import jp.yui.app.web.Conflict;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.residents.api.ChangeResidentDetails;
import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.EraseResident;
import jp.yui.domain.residents.api.RecordConsent;
import jp.yui.domain.residents.api.RegisterResident;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.command.Resident;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 利用者・会員: register residents, read their card, find the caller by phone number (any writing) or kana
 * (ひらがな, カタカナ and half-width ｶﾀｶﾅ all match), change their details, record consents, erase them. Every read of
 * personal details is recorded in the access log.
 */
@Service
public class Residents {

    /** A member to register; {@code birthYearMonth} is kept as its month only. */
    public record NewResident(String memberNumber, ResidentDetails details, LocalDate birthYearMonth,
                              String district) {
    }

    /** A resident as shown: the details opened, or none once the resident is erased. */
    public record ResidentCard(String residentId, String organizationId, String memberNumber, ResidentDetails details,
                               LocalDate birthYearMonth, String district, List<ResidentView.Consent> consents,
                               boolean erased) {
    }

    private final CommandGateway commands;
    private final ViewStore<ResidentView> residents;
    private final PersonalDataVault vault;
    private final AccessAudit audit;
    private final DirectorySearchKeys searchKeys;

    Residents(CommandGateway commands, ViewStore<ResidentView> residents, PersonalDataVault vault, AccessAudit audit,
              DirectorySearchKeys searchKeys) {
        this.commands = commands;
        this.residents = residents;
        this.vault = vault;
        this.audit = audit;
        this.searchKeys = searchKeys;
    }

    private ResidentCard show(ResidentView view) {
        ResidentDetails details = view.erased() ? null
                : vault.openNullable(view.details(), ResidentDetails.class).orElse(null);
        return new ResidentCard(view.residentId(), view.organizationId(), view.memberNumber(), details,
                view.birthYearMonth(), view.district(), view.consents(), view.erased() || details == null);
    }

    private ResidentCard shown(String org, ResidentView view) {
        audit.read(org, "resident", List.of(view.residentId()));
        return show(view);
    }

    /** Registers the member (409 {@code member-number-taken} when the number is taken) and shows their card. */
    public ResidentCard register(String org, String operator, NewResident request) {
        String id = registerUnread(org, operator, request);
        return shown(org, Views.awaitPresent(() -> residents.find(id)).orElseThrow(() -> new StoredNotYetVisible(id)));
    }

    /**
     * Registers the member without reading their card back (nothing shown, nothing audited): for a bulk import such
     * as the demo data; answers the resident's id.
     */
    public String registerUnread(String org, String operator, NewResident request) {
        if (!residents.findBy(org, ResidentView.BY_MEMBER_NUMBER.name(), request.memberNumber()).isEmpty()) {
            throw new Conflict("member-number-taken");
        }
        String id = Ids.newId(Resident.ID_TYPE);
        LocalDate birth = request.birthYearMonth() == null ? null : request.birthYearMonth().withDayOfMonth(1);
        commands.sendAndWait(new RegisterResident(id, org, request.memberNumber(), request.details(), birth,
                request.district(), operator));
        return id;
    }

    /**
     * Search by phone number (any writing) or, without one, by the start of the kana reading; with neither, the
     * directory's first 100.
     */
    public List<ResidentCard> search(String org, String phone, String kana) {
        List<ResidentView> candidates;
        if (phone != null) {
            String key = searchKeys.phone(org, phone);
            candidates = key == null ? List.of() : residents.findBy(org, "phone", key);
        } else if (kana != null) {
            String key = searchKeys.kanaPrefix(org, kana);
            candidates = key == null ? List.of() : residents.findBy(org, "kana", key);
        } else {
            candidates = residents.findByOrganization(org); // the directory, first 100
        }
        // The keys find the candidates; their opened details decide (and catch a hash collision).
        List<ResidentCard> found = candidates.stream()
                .map(this::show)
                .filter(r -> r.details() != null)
                .filter(r -> phone == null || ResidentView.hasPhone(r.details(), phone))
                .filter(r -> kana == null || ResidentView.kanaStartsWith(r.details(), kana))
                .limit(100)
                .toList();
        audit.read(org, "resident-search", found.stream().map(ResidentCard::residentId).toList());
        return found;
    }

    /**
     * The caller as the office types them in one box: a phone number (any writing) when it has a digit, else the
     * start of the kana reading.
     */
    public List<ResidentCard> search(String org, String phoneOrKana) {
        boolean phone = phoneOrKana.codePoints().anyMatch(Character::isDigit);
        return search(org, phone ? phoneOrKana : null, phone ? null : phoneOrKana);
    }

    /** The resident's card, the read audited; {@link NotFound} if not the organization's. */
    public ResidentCard card(String org, String residentId) {
        return shown(org, resident(org, residentId));
    }

    public ResidentCard change(String org, String operator, String residentId, ResidentDetails changed) {
        commands.sendAndWait(new ChangeResidentDetails(residentId, org, changed, operator));
        return shown(org, Views.awaitPresent(() -> residents.find(residentId).filter(r -> r.details() != null
                && vault.open(r.details(), ResidentDetails.class).filter(changed::equals).isPresent()))
                .orElseThrow(() -> new StoredNotYetVisible(residentId)));
    }

    public ResidentCard consent(String org, String operator, String residentId, ConsentKind kind, boolean given,
                                LocalDate date) {
        commands.sendAndWait(new RecordConsent(residentId, org, kind, given, date, operator));
        return Views.awaitPresent(() -> residents.find(residentId).filter(r -> r.consents().stream()
                .anyMatch(c -> c.kind() == kind && c.given() == given && c.date().equals(date)))).map(this::show)
                .orElseThrow(() -> new StoredNotYetVisible(residentId));
    }

    /**
     * 削除: erases the resident. Their key is destroyed at once, so their details can no longer be read anywhere
     * (API, views, events, backups); bookings and rides stay counted in the figures, without a name.
     */
    public ResidentCard erase(String org, String operator, String residentId) {
        resident(org, residentId);
        commands.sendAndWait(new EraseResident(residentId, org, operator));
        vault.erase(residentId);
        return Views.awaitPresent(() -> residents.find(residentId).filter(ResidentView::erased)).map(this::show)
                .orElseThrow(() -> new StoredNotYetVisible(residentId));
    }

    private ResidentView resident(String org, String residentId) {
        return residents.find(residentId).filter(r -> r.organizationId().equals(org)).orElseThrow(NotFound::new);
    }
}
