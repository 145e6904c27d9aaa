package jp.yui.domain.residents.api;

import java.util.List;
import java.util.Set;

/**
 * Everything personal about a resident, kept together so that it can be encrypted with the resident's own key and
 * made unreadable by destroying that key (erasure). Nothing outside this record identifies the person.
 */
public record ResidentDetails(
        String name,
        String kana,
        List<String> phones,
        String address,
        Double homeLatitude,
        Double homeLongitude,
        Set<MobilityNeed> mobilityNeeds,
        EmergencyContact emergencyContact,
        String notes) {

    public ResidentDetails {
        phones = phones == null ? List.of() : List.copyOf(phones);
        mobilityNeeds = mobilityNeeds == null ? Set.of() : Set.copyOf(mobilityNeeds);
    }
}
