package jp.yui.app.attendance.usecase;

import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.domain.attendance.api.AttendeeDataErased;
import jp.yui.domain.attendance.api.EraseAttendeeData;
import jp.yui.domain.shared.PersonalDataVault;

/**
 * 削除 of what is personal about a guest (under their registration id) or a named walk-in (under the check-in id):
 * the session records the erasure, then their key is destroyed at once, so the name, kana and phone no longer open
 * anywhere (API, pages, events, backups). The counts stay as they were; residents are erased as residents.
 */
@Service
public class AttendeeErasure {

    private final CommandGateway commands;
    private final PersonalDataVault vault;

    AttendeeErasure(CommandGateway commands, PersonalDataVault vault) {
        this.commands = commands;
        this.vault = vault;
    }

    /**
     * Erases the details sealed under {@code subjectId} in the organization's session; refused (nothing stored, no
     * key touched) when the session is another's or nothing personal is kept under that id. Erased again: answered
     * the same.
     */
    public void erase(String org, String sessionId, String subjectId, String by, Instant at) {
        commands.sendAndWait(new EraseAttendeeData(sessionId, org, subjectId, by, at));
        vault.erase(AttendeeDataErased.vaultSubject(sessionId, subjectId));
    }
}
