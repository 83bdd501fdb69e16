package dev.jamfpro.sdk.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A webhook as an administrator configures one in Jamf Pro: where to post, which events, in JSON or
 * XML, with which authentication. Unlike Jamf Pro, one registration may take several events.
 *
 * <pre>{@code
 * jamf.webhooks().register(SimulatedWebhook.builder("http://localhost:8080/jamf")
 *         .events("ComputerAdded", "ComputerCheckIn").xml().basicAuthentication("jamf", "secret").build());
 * }</pre>
 */
public final class SimulatedWebhook {
    /** The 23 events Jamf Pro's webhook settings offer. */
    public static final Set<String> JAMF_EVENTS = Set.of("ComputerAdded", "ComputerCheckIn",
            "ComputerInventoryCompleted", "ComputerPatchPolicyCompleted", "ComputerPolicyFinished",
            "ComputerPushCapabilityChanged", "DeviceAddedToDEP", "DeviceRateLimited", "JSSShutdown", "JSSStartup",
            "MobileDeviceCheckIn", "MobileDeviceCommandCompleted", "MobileDeviceEnrolled",
            "MobileDeviceInventoryCompleted", "MobileDevicePushSent", "MobileDeviceUnEnrolled",
            "PatchSoftwareTitleUpdated", "PushSent", "RestAPIOperation", "SCEPChallenge",
            "SmartGroupComputerMembershipChange", "SmartGroupMobileDeviceMembershipChange",
            "SmartGroupUserMembershipChange");

    /** The events this simulator posts when its state changes; the others are accepted and never fire. */
    public static final Set<String> SIMULATED_EVENTS = Set.of(FleetWebhooks.COMPUTER_ADDED,
            FleetWebhooks.COMPUTER_CHECK_IN, FleetWebhooks.COMPUTER_INVENTORY_COMPLETED,
            FleetWebhooks.SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE, ApiWebhooks.REST_API_OPERATION,
            ApiWebhooks.MOBILE_DEVICE_ENROLLED, ApiWebhooks.MOBILE_DEVICE_CHECK_IN,
            ApiWebhooks.MOBILE_DEVICE_INVENTORY_COMPLETED, ApiWebhooks.MOBILE_DEVICE_UN_ENROLLED,
            ApiWebhooks.SMART_GROUP_MOBILE_DEVICE_MEMBERSHIP_CHANGE);

    private final URI url;
    private final String name;
    private final Set<String> events;
    private final boolean xml;
    private final String authHeaderName;
    private final String authHeaderValue;
    private final int smartGroupId;

    private SimulatedWebhook(Builder b) {
        this.url = b.url;
        this.name = b.name;
        this.events = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.events));
        this.xml = b.xml;
        this.authHeaderName = b.authHeaderName;
        this.authHeaderValue = b.authHeaderValue;
        this.smartGroupId = b.smartGroupId;
    }

    /**
     * A builder of a webhook posting to {@code url}: JSON, no authentication, no event yet.
     *
     * @param url where to post: an absolute http or https URL
     * @return the builder
     * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /** {@return where it posts} */
    public URI url() {
        return url;
    }

    /** Its display name, sent as {@code webhook.name}; null for the default ({@code Simulated webhook <id>}). */
    String name() {
        return name;
    }

    /** {@return the events it posts} */
    public Set<String> events() {
        return events;
    }

    /** {@return whether it posts XML ({@code text/xml}) rather than JSON} */
    public boolean xml() {
        return xml;
    }

    /** {@return the smart group whose changes it posts; 0 for every group} */
    public int smartGroupId() {
        return smartGroupId;
    }

    /** The authentication header it sends, as {@code {name: value}}; empty without authentication. */
    Map<String, String> authentication() {
        return authHeaderName == null ? Map.of() : Map.of(authHeaderName, authHeaderValue);
    }

    @Override
    public String toString() {
        return "SimulatedWebhook{" + url + ", events=" + events + ", " + (xml ? "XML" : "JSON")
                + (authHeaderName == null ? "" : ", authentication header " + authHeaderName) + '}';
    }

    /** Configuration of a {@link SimulatedWebhook}. */
    public static final class Builder {
        private final URI url;
        private String name;
        private final Set<String> events = new LinkedHashSet<>();
        private boolean xml;
        private String authHeaderName;
        private String authHeaderValue;
        private int smartGroupId;

        private Builder(String url) {
            Objects.requireNonNull(url, "url == null");
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("url must be an absolute http or https URL, got " + url);
            }
            this.url = uri;
        }

        /**
         * Adds events to post, by Jamf's names ({@link #JAMF_EVENTS}).
         *
         * @param events the events' names, for example {@code ComputerCheckIn}
         * @return this builder
         * @throws IllegalArgumentException for a name Jamf Pro does not offer
         */
        public Builder events(String... events) {
            for (String event : events) {
                if (!JAMF_EVENTS.contains(event)) {
                    throw new IllegalArgumentException("Jamf Pro offers no webhook event " + event + "; it offers "
                            + new java.util.TreeSet<>(JAMF_EVENTS));
                }
                this.events.add(event);
            }
            return this;
        }

        /**
         * Posts JSON ({@code application/json}; the default).
         *
         * @return this builder
         */
        public Builder json() {
            this.xml = false;
            return this;
        }

        /**
         * Posts XML ({@code text/xml}).
         *
         * @return this builder
         */
        public Builder xml() {
            this.xml = true;
            return this;
        }

        /**
         * Sends {@code webhook.name} (default {@code Simulated webhook <id>}).
         *
         * @param name the webhook's display name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name == null");
            return this;
        }

        /**
         * Sends HTTP Basic credentials.
         *
         * @param username the user name
         * @param password the password
         * @return this builder
         */
        public Builder basicAuthentication(String username, String password) {
            Objects.requireNonNull(username, "username == null");
            Objects.requireNonNull(password, "password == null");
            return headerAuthentication("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        /**
         * Sends header {@code name} with {@code value}, as Jamf's header authentication does.
         *
         * @param name the header's name
         * @param value the header's value
         * @return this builder
         */
        public Builder headerAuthentication(String name, String value) {
            this.authHeaderName = Objects.requireNonNull(name, "name == null");
            this.authHeaderValue = Objects.requireNonNull(value, "value == null");
            return this;
        }

        /**
         * Posts the membership changes of smart group {@code id} only (default: of every group).
         *
         * @param id the group's id, from {@link JamfProSimulator#addSmartComputerGroup} (or
         *     {@link JamfProSimulator#addSmartMobileDeviceGroup} for the mobile device group events)
         * @return this builder
         */
        public Builder smartGroupId(int id) {
            if (id < 1) {
                throw new IllegalArgumentException("smartGroupId must be 1 or more, got " + id);
            }
            this.smartGroupId = id;
            return this;
        }

        /**
         * The webhook.
         *
         * @return the webhook
         * @throws IllegalArgumentException when no event was named
         */
        public SimulatedWebhook build() {
            if (events.isEmpty()) {
                throw new IllegalArgumentException("name at least one event to post");
            }
            return new SimulatedWebhook(this);
        }
    }
}
