package dev.jamfpro.sdk.classic.model;

import dev.jamfpro.sdk.classic.ClassicDates;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;
import java.util.List;

/**
 * A Classic API {@code <policy>}. Typed: general (triggers, frequency, category, dates), scope, Self
 * Service, packages, scripts and maintenance; the other sections (printers, dock items, account
 * maintenance, reboot, files and processes, user interaction, disk encryption) are kept as other
 * elements and written back unchanged.
 *
 * <p>Jamf replaces the whole {@code <scope>} when an update carries one.
 */
@XmlRootElement(name = "policy")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicPolicy extends ClassicElement {
    private General general;
    private ClassicScope scope;
    @XmlElement(name = "self_service")
    private ClassicSelfService selfService;
    @XmlElement(name = "package_configuration")
    private PackageConfiguration packageConfiguration;
    private Scripts scripts;
    private Maintenance maintenance;

    /** {@return the {@code <general>} element} */
    public General getGeneral() {
        return general;
    }

    /**
     * Sets the {@code <general>} element.
     *
     * @param general the value; {@code null} leaves it out of what is sent
     */
    public void setGeneral(General general) {
        this.general = general;
    }

    /** {@return the {@code <scope>} element} */
    public ClassicScope getScope() {
        return scope;
    }

    /**
     * Sets the {@code <scope>} element.
     *
     * @param scope the value; {@code null} leaves it out of what is sent
     */
    public void setScope(ClassicScope scope) {
        this.scope = scope;
    }

    /** {@return the {@code <self_service>} element} */
    public ClassicSelfService getSelfService() {
        return selfService;
    }

    /**
     * Sets the {@code <self_service>} element.
     *
     * @param selfService the value; {@code null} leaves it out of what is sent
     */
    public void setSelfService(ClassicSelfService selfService) {
        this.selfService = selfService;
    }

    /** {@return the {@code <package_configuration>} element} */
    public PackageConfiguration getPackageConfiguration() {
        return packageConfiguration;
    }

    /**
     * Sets the {@code <package_configuration>} element.
     *
     * @param packageConfiguration the value; {@code null} leaves it out of what is sent
     */
    public void setPackageConfiguration(PackageConfiguration packageConfiguration) {
        this.packageConfiguration = packageConfiguration;
    }

    /** {@return the {@code <scripts>} element} */
    public Scripts getScripts() {
        return scripts;
    }

    /**
     * Sets the {@code <scripts>} element.
     *
     * @param scripts the value; {@code null} leaves it out of what is sent
     */
    public void setScripts(Scripts scripts) {
        this.scripts = scripts;
    }

    /** {@return the {@code <maintenance>} element} */
    public Maintenance getMaintenance() {
        return maintenance;
    }

    /**
     * Sets the {@code <maintenance>} element.
     *
     * @param maintenance the value; {@code null} leaves it out of what is sent
     */
    public void setMaintenance(Maintenance maintenance) {
        this.maintenance = maintenance;
    }

    /** The {@code <general>} section. */
    @XmlType(name = "ClassicPolicy.General")
    public static class General extends ClassicElement {
        private Integer id;
        private String name;
        private Boolean enabled;
        private String trigger;
        @XmlElement(name = "trigger_checkin")
        private Boolean triggerCheckin;
        @XmlElement(name = "trigger_enrollment_complete")
        private Boolean triggerEnrollmentComplete;
        @XmlElement(name = "trigger_login")
        private Boolean triggerLogin;
        @XmlElement(name = "trigger_logout")
        private Boolean triggerLogout;
        @XmlElement(name = "trigger_network_state_changed")
        private Boolean triggerNetworkStateChanged;
        @XmlElement(name = "trigger_startup")
        private Boolean triggerStartup;
        @XmlElement(name = "trigger_other")
        private String triggerOther;
        private String frequency;
        @XmlElement(name = "retry_event")
        private String retryEvent;
        @XmlElement(name = "retry_attempts")
        private Integer retryAttempts;
        @XmlElement(name = "notify_on_each_failed_retry")
        private Boolean notifyOnEachFailedRetry;
        @XmlElement(name = "location_user_only")
        private Boolean locationUserOnly;
        @XmlElement(name = "target_drive")
        private String targetDrive;
        private Boolean offline;
        private ClassicReference category;
        @XmlElement(name = "date_time_limitations")
        private DateTimeLimitations dateTimeLimitations;
        @XmlElement(name = "network_limitations")
        private NetworkLimitations networkLimitations;
        @XmlElement(name = "network_requirements")
        private String networkRequirements;
        private ClassicReference site;

        /** {@return the {@code <id>} element} */
        public Integer getId() {
            return id;
        }

        /**
         * Sets the {@code <id>} element.
         *
         * @param id the value; {@code null} leaves it out of what is sent
         */
        public void setId(Integer id) {
            this.id = id;
        }

        /** {@return the {@code <name>} element} */
        public String getName() {
            return name;
        }

        /**
         * Sets the {@code <name>} element.
         *
         * @param name the value; {@code null} leaves it out of what is sent
         */
        public void setName(String name) {
            this.name = name;
        }

        /** {@return the {@code <enabled>} element} */
        public Boolean getEnabled() {
            return enabled;
        }

        /**
         * Sets the {@code <enabled>} element.
         *
         * @param enabled the value; {@code null} leaves it out of what is sent
         */
        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the event trigger, for example {@code EVENT} or {@code USER_INITIATED}} */
        public String getTrigger() {
            return trigger;
        }

        /**
         * Sets the {@code <trigger>} element.
         *
         * @param trigger the value; {@code null} leaves it out of what is sent
         */
        public void setTrigger(String trigger) {
            this.trigger = trigger;
        }

        /** {@return the {@code <trigger_checkin>} element} */
        public Boolean getTriggerCheckin() {
            return triggerCheckin;
        }

        /**
         * Sets the {@code <trigger_checkin>} element.
         *
         * @param triggerCheckin the value; {@code null} leaves it out of what is sent
         */
        public void setTriggerCheckin(Boolean triggerCheckin) {
            this.triggerCheckin = triggerCheckin;
        }

        /** {@return the {@code <trigger_enrollment_complete>} element} */
        public Boolean getTriggerEnrollmentComplete() {
            return triggerEnrollmentComplete;
        }

        /**
         * Sets the {@code <trigger_enrollment_complete>} element.
         *
         * @param triggerEnrollmentComplete the value; {@code null} leaves it out of what is sent
         */
        public void setTriggerEnrollmentComplete(Boolean triggerEnrollmentComplete) {
            this.triggerEnrollmentComplete = triggerEnrollmentComplete;
        }

        /** {@return the {@code <trigger_login>} element} */
        public Boolean getTriggerLogin() {
            return triggerLogin;
        }

        /**
         * Sets the {@code <trigger_login>} element.
         *
         * @param triggerLogin the value; {@code null} leaves it out of what is sent
         */
        public void setTriggerLogin(Boolean triggerLogin) {
            this.triggerLogin = triggerLogin;
        }

        /** {@return the {@code <trigger_logout>} element} */
        public Boolean getTriggerLogout() {
            return triggerLogout;
        }

        /**
         * Sets the {@code <trigger_logout>} element.
         *
         * @param triggerLogout the value; {@code null} leaves it out of what is sent
         */
        public void setTriggerLogout(Boolean triggerLogout) {
            this.triggerLogout = triggerLogout;
        }

        /** {@return the {@code <trigger_network_state_changed>} element} */
        public Boolean getTriggerNetworkStateChanged() {
            return triggerNetworkStateChanged;
        }

        /**
         * Sets the {@code <trigger_network_state_changed>} element.
         *
         * @param triggerNetworkStateChanged the value; {@code null} leaves it out of what is sent
         */
        public void setTriggerNetworkStateChanged(Boolean triggerNetworkStateChanged) {
            this.triggerNetworkStateChanged = triggerNetworkStateChanged;
        }

        /** {@return the {@code <trigger_startup>} element} */
        public Boolean getTriggerStartup() {
            return triggerStartup;
        }

        /**
         * Sets the {@code <trigger_startup>} element.
         *
         * @param triggerStartup the value; {@code null} leaves it out of what is sent
         */
        public void setTriggerStartup(Boolean triggerStartup) {
            this.triggerStartup = triggerStartup;
        }

        /** {@return a custom event name ({@code jamf policy -event <name>})} */
        public String getTriggerOther() {
            return triggerOther;
        }

        /**
         * Sets the {@code <trigger_other>} element.
         *
         * @param triggerOther the value; {@code null} leaves it out of what is sent
         */
        public void setTriggerOther(String triggerOther) {
            this.triggerOther = triggerOther;
        }

        /**
         * For example {@code Once per computer} or {@code Ongoing}.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getFrequency() {
            return frequency;
        }

        /**
         * Sets the {@code <frequency>} element.
         *
         * @param frequency the value; {@code null} leaves it out of what is sent
         */
        public void setFrequency(String frequency) {
            this.frequency = frequency;
        }

        /** {@return the {@code <retry_event>} element} */
        public String getRetryEvent() {
            return retryEvent;
        }

        /**
         * Sets the {@code <retry_event>} element.
         *
         * @param retryEvent the value; {@code null} leaves it out of what is sent
         */
        public void setRetryEvent(String retryEvent) {
            this.retryEvent = retryEvent;
        }

        /** {@return the {@code <retry_attempts>} element} */
        public Integer getRetryAttempts() {
            return retryAttempts;
        }

        /**
         * Sets the {@code <retry_attempts>} element.
         *
         * @param retryAttempts the value; {@code null} leaves it out of what is sent
         */
        public void setRetryAttempts(Integer retryAttempts) {
            this.retryAttempts = retryAttempts;
        }

        /** {@return the {@code <notify_on_each_failed_retry>} element} */
        public Boolean getNotifyOnEachFailedRetry() {
            return notifyOnEachFailedRetry;
        }

        /**
         * Sets the {@code <notify_on_each_failed_retry>} element.
         *
         * @param notifyOnEachFailedRetry the value; {@code null} leaves it out of what is sent
         */
        public void setNotifyOnEachFailedRetry(Boolean notifyOnEachFailedRetry) {
            this.notifyOnEachFailedRetry = notifyOnEachFailedRetry;
        }

        /** {@return the {@code <location_user_only>} element} */
        public Boolean getLocationUserOnly() {
            return locationUserOnly;
        }

        /**
         * Sets the {@code <location_user_only>} element.
         *
         * @param locationUserOnly the value; {@code null} leaves it out of what is sent
         */
        public void setLocationUserOnly(Boolean locationUserOnly) {
            this.locationUserOnly = locationUserOnly;
        }

        /** {@return the {@code <target_drive>} element} */
        public String getTargetDrive() {
            return targetDrive;
        }

        /**
         * Sets the {@code <target_drive>} element.
         *
         * @param targetDrive the value; {@code null} leaves it out of what is sent
         */
        public void setTargetDrive(String targetDrive) {
            this.targetDrive = targetDrive;
        }

        /** {@return the {@code <offline>} element} */
        public Boolean getOffline() {
            return offline;
        }

        /**
         * Sets the {@code <offline>} element.
         *
         * @param offline the value; {@code null} leaves it out of what is sent
         */
        public void setOffline(Boolean offline) {
            this.offline = offline;
        }

        /** {@return the {@code <category>} element} */
        public ClassicReference getCategory() {
            return category;
        }

        /**
         * Sets the {@code <category>} element.
         *
         * @param category the value; {@code null} leaves it out of what is sent
         */
        public void setCategory(ClassicReference category) {
            this.category = category;
        }

        /** {@return the {@code <date_time_limitations>} element} */
        public DateTimeLimitations getDateTimeLimitations() {
            return dateTimeLimitations;
        }

        /**
         * Sets the {@code <date_time_limitations>} element.
         *
         * @param dateTimeLimitations the value; {@code null} leaves it out of what is sent
         */
        public void setDateTimeLimitations(DateTimeLimitations dateTimeLimitations) {
            this.dateTimeLimitations = dateTimeLimitations;
        }

        /** {@return the {@code <network_limitations>} element} */
        public NetworkLimitations getNetworkLimitations() {
            return networkLimitations;
        }

        /**
         * Sets the {@code <network_limitations>} element.
         *
         * @param networkLimitations the value; {@code null} leaves it out of what is sent
         */
        public void setNetworkLimitations(NetworkLimitations networkLimitations) {
            this.networkLimitations = networkLimitations;
        }

        /** {@return the {@code <network_requirements>} element} */
        public String getNetworkRequirements() {
            return networkRequirements;
        }

        /**
         * Sets the {@code <network_requirements>} element.
         *
         * @param networkRequirements the value; {@code null} leaves it out of what is sent
         */
        public void setNetworkRequirements(String networkRequirements) {
            this.networkRequirements = networkRequirements;
        }

        /** {@return the {@code <site>} element} */
        public ClassicReference getSite() {
            return site;
        }

        /**
         * Sets the {@code <site>} element.
         *
         * @param site the value; {@code null} leaves it out of what is sent
         */
        public void setSite(ClassicReference site) {
            this.site = site;
        }
    }

    /** {@code <date_time_limitations>} of {@code <general>}. */
    @XmlType(name = "ClassicPolicy.DateTimeLimitations")
    public static class DateTimeLimitations extends ClassicElement {
        @XmlElement(name = "activation_date")
        private String activationDate;
        @XmlElement(name = "activation_date_epoch")
        private String activationDateEpoch;
        @XmlElement(name = "activation_date_utc")
        private String activationDateUtc;
        @XmlElement(name = "expiration_date")
        private String expirationDate;
        @XmlElement(name = "expiration_date_epoch")
        private String expirationDateEpoch;
        @XmlElement(name = "expiration_date_utc")
        private String expirationDateUtc;
        @XmlElement(name = "no_execute_on")
        private NoExecuteOn noExecuteOn;
        @XmlElement(name = "no_execute_start")
        private String noExecuteStart;
        @XmlElement(name = "no_execute_end")
        private String noExecuteEnd;

        /** {@return the {@code <activation_date>} element} */
        public String getActivationDate() {
            return activationDate;
        }

        /**
         * Sets the {@code <activation_date>} element.
         *
         * @param activationDate the value; {@code null} leaves it out of what is sent
         */
        public void setActivationDate(String activationDate) {
            this.activationDate = activationDate;
        }

        /**
         * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getActivationDateEpoch() {
            return activationDateEpoch;
        }

        /**
         * Sets the {@code <activation_date_epoch>} element.
         *
         * @param activationDateEpoch the value; {@code null} leaves it out of what is sent
         */
        public void setActivationDateEpoch(String activationDateEpoch) {
            this.activationDateEpoch = activationDateEpoch;
        }

        /** {@return the {@code <activation_date_utc>} element} */
        public String getActivationDateUtc() {
            return activationDateUtc;
        }

        /**
         * Sets the {@code <activation_date_utc>} element.
         *
         * @param activationDateUtc the value; {@code null} leaves it out of what is sent
         */
        public void setActivationDateUtc(String activationDateUtc) {
            this.activationDateUtc = activationDateUtc;
        }

        /** {@return the {@code <expiration_date>} element} */
        public String getExpirationDate() {
            return expirationDate;
        }

        /**
         * Sets the {@code <expiration_date>} element.
         *
         * @param expirationDate the value; {@code null} leaves it out of what is sent
         */
        public void setExpirationDate(String expirationDate) {
            this.expirationDate = expirationDate;
        }

        /**
         * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getExpirationDateEpoch() {
            return expirationDateEpoch;
        }

        /**
         * Sets the {@code <expiration_date_epoch>} element.
         *
         * @param expirationDateEpoch the value; {@code null} leaves it out of what is sent
         */
        public void setExpirationDateEpoch(String expirationDateEpoch) {
            this.expirationDateEpoch = expirationDateEpoch;
        }

        /** {@return the {@code <expiration_date_utc>} element} */
        public String getExpirationDateUtc() {
            return expirationDateUtc;
        }

        /**
         * Sets the {@code <expiration_date_utc>} element.
         *
         * @param expirationDateUtc the value; {@code null} leaves it out of what is sent
         */
        public void setExpirationDateUtc(String expirationDateUtc) {
            this.expirationDateUtc = expirationDateUtc;
        }

        /**
         * Week days the policy does not run on.
         *
         * @return the no execute on
         */
        public NoExecuteOn getNoExecuteOn() {
            return noExecuteOn;
        }

        /**
         * Sets the {@code <no_execute_on>} element.
         *
         * @param noExecuteOn the value; {@code null} leaves it out of what is sent
         */
        public void setNoExecuteOn(NoExecuteOn noExecuteOn) {
            this.noExecuteOn = noExecuteOn;
        }

        /** {@return the {@code <no_execute_start>} element} */
        public String getNoExecuteStart() {
            return noExecuteStart;
        }

        /**
         * Sets the {@code <no_execute_start>} element.
         *
         * @param noExecuteStart the value; {@code null} leaves it out of what is sent
         */
        public void setNoExecuteStart(String noExecuteStart) {
            this.noExecuteStart = noExecuteStart;
        }

        /** {@return the {@code <no_execute_end>} element} */
        public String getNoExecuteEnd() {
            return noExecuteEnd;
        }

        /**
         * Sets the {@code <no_execute_end>} element.
         *
         * @param noExecuteEnd the value; {@code null} leaves it out of what is sent
         */
        public void setNoExecuteEnd(String noExecuteEnd) {
            this.noExecuteEnd = noExecuteEnd;
        }

        /** {@return when the policy becomes active, from whichever of the three date forms Jamf sent; null if unset} */
        public Instant activationDateInstant() {
            return ClassicDates.toInstant(activationDateEpoch, activationDateUtc, activationDate);
        }

        /** {@return when the policy expires, from whichever of the three date forms Jamf sent; null if unset} */
        public Instant expirationDateInstant() {
            return ClassicDates.toInstant(expirationDateEpoch, expirationDateUtc, expirationDate);
        }
    }

    /** {@code <no_execute_on>}: {@code <day>} items. */
    @XmlType(name = "ClassicPolicy.NoExecuteOn")
    public static class NoExecuteOn extends ClassicList<String> {
        @XmlElement(name = "day")
        private List<String> items;

        /** An empty one, to fill in with the setters. */
        public NoExecuteOn() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public NoExecuteOn(List<String> items) {
            setItems(items);
        }

        @Override
        public List<String> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<String> items) {
            this.items = copy(items);
        }
    }

    /** {@code <network_limitations>} of {@code <general>}. */
    @XmlType(name = "ClassicPolicy.NetworkLimitations")
    public static class NetworkLimitations extends ClassicElement {
        @XmlElement(name = "minimum_network_connection")
        private String minimumNetworkConnection;
        @XmlElement(name = "any_ip_address")
        private Boolean anyIpAddress;

        /** {@return the {@code <minimum_network_connection>} element} */
        public String getMinimumNetworkConnection() {
            return minimumNetworkConnection;
        }

        /**
         * Sets the {@code <minimum_network_connection>} element.
         *
         * @param minimumNetworkConnection the value; {@code null} leaves it out of what is sent
         */
        public void setMinimumNetworkConnection(String minimumNetworkConnection) {
            this.minimumNetworkConnection = minimumNetworkConnection;
        }

        /** {@return the {@code <any_ip_address>} element} */
        public Boolean getAnyIpAddress() {
            return anyIpAddress;
        }

        /**
         * Sets the {@code <any_ip_address>} element.
         *
         * @param anyIpAddress the value; {@code null} leaves it out of what is sent
         */
        public void setAnyIpAddress(Boolean anyIpAddress) {
            this.anyIpAddress = anyIpAddress;
        }
    }

    /** {@code <package_configuration>}: the packages the policy installs. */
    @XmlType(name = "ClassicPolicy.PackageConfiguration")
    public static class PackageConfiguration extends ClassicElement {
        private Packages packages;

        /** {@return the {@code <packages>} element} */
        public Packages getPackages() {
            return packages;
        }

        /**
         * Sets the {@code <packages>} element.
         *
         * @param packages the value; {@code null} leaves it out of what is sent
         */
        public void setPackages(Packages packages) {
            this.packages = packages;
        }
    }

    /** A package of the policy and what to do with it. */
    @XmlType(name = "ClassicPolicy.Package")
    public static class Package extends ClassicReference {
        private String action;
        private Boolean fut;
        private Boolean feu;
        @XmlElement(name = "update_autorun")
        private Boolean updateAutorun;

        /** An empty one, to fill in with the setters. */
        public Package() {
        }

        /**
         * A reference by id and name.
         *
         * @param id the Jamf Pro id, or null to leave it out
         * @param name the name, or null to leave it out
         */
        public Package(Integer id, String name) {
            super(id, name);
        }

        /**
         * {@code Install}, {@code Cache}, {@code Install Cached} or {@code Uninstall}.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getAction() {
            return action;
        }

        /**
         * Sets the {@code <action>} element.
         *
         * @param action the value; {@code null} leaves it out of what is sent
         */
        public void setAction(String action) {
            this.action = action;
        }

        /**
         * Fill user templates.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public Boolean getFut() {
            return fut;
        }

        /**
         * Sets the {@code <fut>} element.
         *
         * @param fut the value; {@code null} leaves it out of what is sent
         */
        public void setFut(Boolean fut) {
            this.fut = fut;
        }

        /**
         * Fill existing users.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public Boolean getFeu() {
            return feu;
        }

        /**
         * Sets the {@code <feu>} element.
         *
         * @param feu the value; {@code null} leaves it out of what is sent
         */
        public void setFeu(Boolean feu) {
            this.feu = feu;
        }

        /** {@return the {@code <update_autorun>} element} */
        public Boolean getUpdateAutorun() {
            return updateAutorun;
        }

        /**
         * Sets the {@code <update_autorun>} element.
         *
         * @param updateAutorun the value; {@code null} leaves it out of what is sent
         */
        public void setUpdateAutorun(Boolean updateAutorun) {
            this.updateAutorun = updateAutorun;
        }
    }

    /** {@code <packages>}: {@code <package>} items. */
    @XmlType(name = "ClassicPolicy.Packages")
    public static class Packages extends ClassicList<Package> {
        @XmlElement(name = "package")
        private List<Package> items;

        /** An empty one, to fill in with the setters. */
        public Packages() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public Packages(List<Package> items) {
            setItems(items);
        }

        @Override
        public List<Package> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<Package> items) {
            this.items = copy(items);
        }
    }

    /** A script the policy runs, with its parameter values. */
    @XmlType(name = "ClassicPolicy.Script")
    public static class Script extends ClassicScriptParameters {
        private Integer id;
        private String name;
        private String priority;

        /** An empty one, to fill in with the setters. */
        public Script() {
        }

        /**
         * A reference by id and name.
         *
         * @param id the Jamf Pro id, or null to leave it out
         * @param name the name, or null to leave it out
         */
        public Script(Integer id, String name) {
            this.id = id;
            this.name = name;
        }

        /** {@return the {@code <id>} element} */
        public Integer getId() {
            return id;
        }

        /**
         * Sets the {@code <id>} element.
         *
         * @param id the value; {@code null} leaves it out of what is sent
         */
        public void setId(Integer id) {
            this.id = id;
        }

        /** {@return the {@code <name>} element} */
        public String getName() {
            return name;
        }

        /**
         * Sets the {@code <name>} element.
         *
         * @param name the value; {@code null} leaves it out of what is sent
         */
        public void setName(String name) {
            this.name = name;
        }

        /**
         * {@code Before} or {@code After}.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getPriority() {
            return priority;
        }

        /**
         * Sets the {@code <priority>} element.
         *
         * @param priority the value; {@code null} leaves it out of what is sent
         */
        public void setPriority(String priority) {
            this.priority = priority;
        }
    }

    /** {@code <scripts>}: {@code <script>} items. */
    @XmlType(name = "ClassicPolicy.Scripts")
    public static class Scripts extends ClassicList<Script> {
        @XmlElement(name = "script")
        private List<Script> items;

        /** An empty one, to fill in with the setters. */
        public Scripts() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public Scripts(List<Script> items) {
            setItems(items);
        }

        @Override
        public List<Script> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<Script> items) {
            this.items = copy(items);
        }
    }

    /** {@code <maintenance>}: {@code recon} updates inventory after the policy runs. */
    @XmlType(name = "ClassicPolicy.Maintenance")
    public static class Maintenance extends ClassicElement {
        private Boolean recon;
        @XmlElement(name = "reset_name")
        private Boolean resetName;
        @XmlElement(name = "install_all_cached_packages")
        private Boolean installAllCachedPackages;
        private Boolean heal;
        private Boolean prebindings;
        private Boolean permissions;
        private Boolean byhost;
        @XmlElement(name = "system_cache")
        private Boolean systemCache;
        @XmlElement(name = "user_cache")
        private Boolean userCache;
        private Boolean verify;

        /** {@return the {@code <recon>} element} */
        public Boolean getRecon() {
            return recon;
        }

        /**
         * Sets the {@code <recon>} element.
         *
         * @param recon the value; {@code null} leaves it out of what is sent
         */
        public void setRecon(Boolean recon) {
            this.recon = recon;
        }

        /** {@return the {@code <reset_name>} element} */
        public Boolean getResetName() {
            return resetName;
        }

        /**
         * Sets the {@code <reset_name>} element.
         *
         * @param resetName the value; {@code null} leaves it out of what is sent
         */
        public void setResetName(Boolean resetName) {
            this.resetName = resetName;
        }

        /** {@return the {@code <install_all_cached_packages>} element} */
        public Boolean getInstallAllCachedPackages() {
            return installAllCachedPackages;
        }

        /**
         * Sets the {@code <install_all_cached_packages>} element.
         *
         * @param installAllCachedPackages the value; {@code null} leaves it out of what is sent
         */
        public void setInstallAllCachedPackages(Boolean installAllCachedPackages) {
            this.installAllCachedPackages = installAllCachedPackages;
        }

        /** {@return the {@code <heal>} element} */
        public Boolean getHeal() {
            return heal;
        }

        /**
         * Sets the {@code <heal>} element.
         *
         * @param heal the value; {@code null} leaves it out of what is sent
         */
        public void setHeal(Boolean heal) {
            this.heal = heal;
        }

        /** {@return the {@code <prebindings>} element} */
        public Boolean getPrebindings() {
            return prebindings;
        }

        /**
         * Sets the {@code <prebindings>} element.
         *
         * @param prebindings the value; {@code null} leaves it out of what is sent
         */
        public void setPrebindings(Boolean prebindings) {
            this.prebindings = prebindings;
        }

        /** {@return the {@code <permissions>} element} */
        public Boolean getPermissions() {
            return permissions;
        }

        /**
         * Sets the {@code <permissions>} element.
         *
         * @param permissions the value; {@code null} leaves it out of what is sent
         */
        public void setPermissions(Boolean permissions) {
            this.permissions = permissions;
        }

        /** {@return the {@code <byhost>} element} */
        public Boolean getByhost() {
            return byhost;
        }

        /**
         * Sets the {@code <byhost>} element.
         *
         * @param byhost the value; {@code null} leaves it out of what is sent
         */
        public void setByhost(Boolean byhost) {
            this.byhost = byhost;
        }

        /** {@return the {@code <system_cache>} element} */
        public Boolean getSystemCache() {
            return systemCache;
        }

        /**
         * Sets the {@code <system_cache>} element.
         *
         * @param systemCache the value; {@code null} leaves it out of what is sent
         */
        public void setSystemCache(Boolean systemCache) {
            this.systemCache = systemCache;
        }

        /** {@return the {@code <user_cache>} element} */
        public Boolean getUserCache() {
            return userCache;
        }

        /**
         * Sets the {@code <user_cache>} element.
         *
         * @param userCache the value; {@code null} leaves it out of what is sent
         */
        public void setUserCache(Boolean userCache) {
            this.userCache = userCache;
        }

        /** {@return the {@code <verify>} element} */
        public Boolean getVerify() {
            return verify;
        }

        /**
         * Sets the {@code <verify>} element.
         *
         * @param verify the value; {@code null} leaves it out of what is sent
         */
        public void setVerify(Boolean verify) {
            this.verify = verify;
        }
    }
}
