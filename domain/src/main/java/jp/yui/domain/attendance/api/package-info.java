/**
 * 行事と参加 — community events and attendance: series (連続講座・行事) and their sessions (回), registrations taken
 * mostly by phone, the waitlist, the door check-in and the close.
 *
 * <h2>Streams</h2>
 * <ul>
 *   <li>{@code EventSeries:…} — a series with its organizer ({@code organizationId}), target group and, for a
 *       city-wide event, the other organizations taking part.</li>
 *   <li>{@code EventSession:…} — one session: venue, time, capacity, fee per person in yen (often 0), how long an
 *       offer to the waitlist is held; its registrations, waitlist, offers, check-ins and close. The session is the
 *       boundary of its capacity: the registrant and each companion take one place.</li>
 * </ul>
 *
 * <h2>Registrations and the waitlist</h2>
 * A registration is a resident ({@code residentId}) or a named guest whose details ({@link GuestDetails}) are sealed
 * under the session and registration id ({@link AttendeeDataErased#vaultSubject(String, String)}: ids chosen by
 * the office or a tablet never share a key across sessions). A party that does not fit, or arrives while others
 * wait, is waitlisted in order (or refused when the caller did not ask for the waitlist). Freed places are offered
 * to the first waiting party that fits — strictly in order: a later, smaller party does not jump a larger one —
 * each offer held until {@link WaitlistPlaceOffered#expiresAt()}. Accepting it registers them
 * ({@link AttendeeRegistered#fromWaitlist()}); after the expiry {@link LapseOffer} takes them off the list and offers
 * the places to the next.
 *
 * <h2>The door</h2>
 * Registered people check in ({@link CheckIn}), walk-ins are recorded with age band and district and an optional,
 * sealed name ({@link RecordWalkIn}). Each carries an id made on the tablet: sent again, nothing is recorded twice.
 * A mistaken check-in is undone by its own fact ({@link CheckInUndone}). Closing the session derives the no-shows
 * (registered, not cancelled, not checked in) into {@link SessionClosed}; after it nothing is recorded.
 *
 * <h2>Erasure</h2>
 * A guest's or a named walk-in's details are erased by {@link EraseAttendeeData} (subject: the registration or the
 * check-in id); {@link AttendeeDataErased} is the signal to destroy that key. Erasure works any time, even after the
 * close, and the counts do not change.
 *
 * <h2>Figures</h2>
 * 延べ人数 counts people through the door per session (registrants, companions, walk-ins); 実人数 counts distinct
 * people: residents by resident id, guests by registration, a walk-in as one person unless linked to a resident,
 * each companion as one person. Fee revenue is the fee times the people who came. See the query package.
 */
package jp.yui.domain.attendance.api;
