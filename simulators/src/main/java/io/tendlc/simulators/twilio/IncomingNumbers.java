package io.tendlc.simulators.twilio;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account's phone numbers (Twilio's IncomingPhoneNumbers) and the Messaging Services they are senders of.
 * A number is in at most one Messaging Service, as at Twilio. Low volume, so one lock keeps it simple and
 * every change atomic.
 */
final class IncomingNumbers {

    private final String accountSid;
    private final Map<String, Owned> bySid = new HashMap<>();
    private final Map<String, String> sidByNumber = new HashMap<>();

    IncomingNumbers(String accountSid) {
        this.accountSid = accountSid;
    }

    synchronized boolean owns(String e164) {
        return sidByNumber.containsKey(e164);
    }

    /** Buys a number that is for sale (21422 otherwise: not offered, or already this account's). */
    synchronized Owned buy(String e164) {
        if (!AvailableNumbers.offers(e164) || sidByNumber.containsKey(e164)) {
            throw TwilioApiException.badRequest(21422, "PhoneNumber Requested is not available");
        }
        Instant now = Instant.now();
        Owned owned = new Owned(Sids.newSid("PN"), accountSid, e164, AvailableNumbers.friendlyName(e164), now, now,
                null, null);
        bySid.put(owned.sid(), owned);
        sidByNumber.put(e164, owned.sid());
        return owned;
    }

    /** Buys the first number for sale in the area code (Twilio's AreaCode instead of PhoneNumber). */
    synchronized Owned buyInAreaCode(String areaCode) {
        return AvailableNumbers.inAreaCode(areaCode).stream().filter(n -> !sidByNumber.containsKey(n)).findFirst()
                .map(this::buy)
                .orElseThrow(() -> TwilioApiException.badRequest(21422, "PhoneNumber Requested is not available"));
    }

    synchronized Optional<Owned> find(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    synchronized List<Owned> list(String e164) {
        return bySid.values().stream().filter(n -> e164 == null || n.e164().equals(e164))
                .sorted(java.util.Comparator.comparing(Owned::dateCreated)).toList();
    }

    /** Releases the number (it leaves its Messaging Service with it and is for sale again). */
    synchronized boolean release(String sid) {
        Owned released = bySid.remove(sid);
        if (released != null) {
            sidByNumber.remove(released.e164());
        }
        return released != null;
    }

    /** Adds the number to a Messaging Service's sender pool: 21710 if it is there already, 21712 if in another. */
    synchronized Owned addToService(String serviceSid, String sid) {
        Owned number = bySid.get(sid);
        if (number == null) {
            throw new TwilioApiException(404, 20404, "The requested resource /PhoneNumbers/" + sid + " was not found");
        }
        if (serviceSid.equals(number.serviceSid())) {
            throw new TwilioApiException(409, 21710, "Phone Number or Short Code is already in the Messaging Service.");
        }
        if (number.serviceSid() != null) {
            throw new TwilioApiException(409, 21712, "Phone Number is already associated with another Messaging Service.");
        }
        Owned added = number.inService(serviceSid, Instant.now());
        bySid.put(sid, added);
        return added;
    }

    synchronized Optional<Owned> inService(String serviceSid, String sid) {
        return Optional.ofNullable(bySid.get(sid)).filter(n -> serviceSid.equals(n.serviceSid()));
    }

    synchronized boolean removeFromService(String serviceSid, String sid) {
        Owned number = bySid.get(sid);
        if (number == null || !serviceSid.equals(number.serviceSid())) {
            return false;
        }
        bySid.put(sid, number.inService(null, null));
        return true;
    }

    record Owned(String sid, String accountSid, String e164, String friendlyName, Instant dateCreated,
                 Instant dateUpdated, String serviceSid, Instant addedToService) {

        Owned inService(String service, Instant at) {
            return new Owned(sid, accountSid, e164, friendlyName, dateCreated, at == null ? dateUpdated : at, service, at);
        }
    }
}
