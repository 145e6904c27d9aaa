package jp.yui.domain.residents.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a resident as a member (利用者・会員) with a member number unique in the organization. */
public record RegisterResident(
        @TargetAggregateIdentifier String residentId,
        String organizationId,
        String memberNumber,
        ResidentDetails details,
        LocalDate birthYearMonth,
        String district,
        String recordedBy) {
}
