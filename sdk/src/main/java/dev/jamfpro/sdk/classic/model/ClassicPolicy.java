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

    public General getGeneral() {
        return general;
    }

    public void setGeneral(General general) {
        this.general = general;
    }

    public ClassicScope getScope() {
        return scope;
    }

    public void setScope(ClassicScope scope) {
        this.scope = scope;
    }

    public ClassicSelfService getSelfService() {
        return selfService;
    }

    public void setSelfService(ClassicSelfService selfService) {
        this.selfService = selfService;
    }

    public PackageConfiguration getPackageConfiguration() {
        return packageConfiguration;
    }

    public void setPackageConfiguration(PackageConfiguration packageConfiguration) {
        this.packageConfiguration = packageConfiguration;
    }

    public Scripts getScripts() {
        return scripts;
    }

    public void setScripts(Scripts scripts) {
        this.scripts = scripts;
    }

    public Maintenance getMaintenance() {
        return maintenance;
    }

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

        public Integer getId() {
            return id;
        }

        public void setId(Integer id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        /** The event trigger, for example {@code EVENT} or {@code USER_INITIATED}. */
        public String getTrigger() {
            return trigger;
        }

        public void setTrigger(String trigger) {
            this.trigger = trigger;
        }

        public Boolean getTriggerCheckin() {
            return triggerCheckin;
        }

        public void setTriggerCheckin(Boolean triggerCheckin) {
            this.triggerCheckin = triggerCheckin;
        }

        public Boolean getTriggerEnrollmentComplete() {
            return triggerEnrollmentComplete;
        }

        public void setTriggerEnrollmentComplete(Boolean triggerEnrollmentComplete) {
            this.triggerEnrollmentComplete = triggerEnrollmentComplete;
        }

        public Boolean getTriggerLogin() {
            return triggerLogin;
        }

        public void setTriggerLogin(Boolean triggerLogin) {
            this.triggerLogin = triggerLogin;
        }

        public Boolean getTriggerLogout() {
            return triggerLogout;
        }

        public void setTriggerLogout(Boolean triggerLogout) {
            this.triggerLogout = triggerLogout;
        }

        public Boolean getTriggerNetworkStateChanged() {
            return triggerNetworkStateChanged;
        }

        public void setTriggerNetworkStateChanged(Boolean triggerNetworkStateChanged) {
            this.triggerNetworkStateChanged = triggerNetworkStateChanged;
        }

        public Boolean getTriggerStartup() {
            return triggerStartup;
        }

        public void setTriggerStartup(Boolean triggerStartup) {
            this.triggerStartup = triggerStartup;
        }

        /** A custom event name ({@code jamf policy -event <name>}). */
        public String getTriggerOther() {
            return triggerOther;
        }

        public void setTriggerOther(String triggerOther) {
            this.triggerOther = triggerOther;
        }

        /** For example {@code Once per computer} or {@code Ongoing}. */
        public String getFrequency() {
            return frequency;
        }

        public void setFrequency(String frequency) {
            this.frequency = frequency;
        }

        public String getRetryEvent() {
            return retryEvent;
        }

        public void setRetryEvent(String retryEvent) {
            this.retryEvent = retryEvent;
        }

        public Integer getRetryAttempts() {
            return retryAttempts;
        }

        public void setRetryAttempts(Integer retryAttempts) {
            this.retryAttempts = retryAttempts;
        }

        public Boolean getNotifyOnEachFailedRetry() {
            return notifyOnEachFailedRetry;
        }

        public void setNotifyOnEachFailedRetry(Boolean notifyOnEachFailedRetry) {
            this.notifyOnEachFailedRetry = notifyOnEachFailedRetry;
        }

        public Boolean getLocationUserOnly() {
            return locationUserOnly;
        }

        public void setLocationUserOnly(Boolean locationUserOnly) {
            this.locationUserOnly = locationUserOnly;
        }

        public String getTargetDrive() {
            return targetDrive;
        }

        public void setTargetDrive(String targetDrive) {
            this.targetDrive = targetDrive;
        }

        public Boolean getOffline() {
            return offline;
        }

        public void setOffline(Boolean offline) {
            this.offline = offline;
        }

        public ClassicReference getCategory() {
            return category;
        }

        public void setCategory(ClassicReference category) {
            this.category = category;
        }

        public DateTimeLimitations getDateTimeLimitations() {
            return dateTimeLimitations;
        }

        public void setDateTimeLimitations(DateTimeLimitations dateTimeLimitations) {
            this.dateTimeLimitations = dateTimeLimitations;
        }

        public NetworkLimitations getNetworkLimitations() {
            return networkLimitations;
        }

        public void setNetworkLimitations(NetworkLimitations networkLimitations) {
            this.networkLimitations = networkLimitations;
        }

        public String getNetworkRequirements() {
            return networkRequirements;
        }

        public void setNetworkRequirements(String networkRequirements) {
            this.networkRequirements = networkRequirements;
        }

        public ClassicReference getSite() {
            return site;
        }

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

        public String getActivationDate() {
            return activationDate;
        }

        public void setActivationDate(String activationDate) {
            this.activationDate = activationDate;
        }

        /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
        public String getActivationDateEpoch() {
            return activationDateEpoch;
        }

        public void setActivationDateEpoch(String activationDateEpoch) {
            this.activationDateEpoch = activationDateEpoch;
        }

        public String getActivationDateUtc() {
            return activationDateUtc;
        }

        public void setActivationDateUtc(String activationDateUtc) {
            this.activationDateUtc = activationDateUtc;
        }

        public String getExpirationDate() {
            return expirationDate;
        }

        public void setExpirationDate(String expirationDate) {
            this.expirationDate = expirationDate;
        }

        /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
        public String getExpirationDateEpoch() {
            return expirationDateEpoch;
        }

        public void setExpirationDateEpoch(String expirationDateEpoch) {
            this.expirationDateEpoch = expirationDateEpoch;
        }

        public String getExpirationDateUtc() {
            return expirationDateUtc;
        }

        public void setExpirationDateUtc(String expirationDateUtc) {
            this.expirationDateUtc = expirationDateUtc;
        }

        /** Week days the policy does not run on. */
        public NoExecuteOn getNoExecuteOn() {
            return noExecuteOn;
        }

        public void setNoExecuteOn(NoExecuteOn noExecuteOn) {
            this.noExecuteOn = noExecuteOn;
        }

        public String getNoExecuteStart() {
            return noExecuteStart;
        }

        public void setNoExecuteStart(String noExecuteStart) {
            this.noExecuteStart = noExecuteStart;
        }

        public String getNoExecuteEnd() {
            return noExecuteEnd;
        }

        public void setNoExecuteEnd(String noExecuteEnd) {
            this.noExecuteEnd = noExecuteEnd;
        }

        /** When the policy becomes active, from whichever of the three date forms Jamf sent; null if unset. */
        public Instant activationDateInstant() {
            return ClassicDates.toInstant(activationDateEpoch, activationDateUtc, activationDate);
        }

        /** When the policy expires, from whichever of the three date forms Jamf sent; null if unset. */
        public Instant expirationDateInstant() {
            return ClassicDates.toInstant(expirationDateEpoch, expirationDateUtc, expirationDate);
        }
    }

    /** {@code <no_execute_on>}: {@code <day>} items. */
    @XmlType(name = "ClassicPolicy.NoExecuteOn")
    public static class NoExecuteOn extends ClassicList<String> {
        @XmlElement(name = "day")
        private List<String> items;

        public NoExecuteOn() {
        }

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

        public String getMinimumNetworkConnection() {
            return minimumNetworkConnection;
        }

        public void setMinimumNetworkConnection(String minimumNetworkConnection) {
            this.minimumNetworkConnection = minimumNetworkConnection;
        }

        public Boolean getAnyIpAddress() {
            return anyIpAddress;
        }

        public void setAnyIpAddress(Boolean anyIpAddress) {
            this.anyIpAddress = anyIpAddress;
        }
    }

    /** {@code <package_configuration>}: the packages the policy installs. */
    @XmlType(name = "ClassicPolicy.PackageConfiguration")
    public static class PackageConfiguration extends ClassicElement {
        private Packages packages;

        public Packages getPackages() {
            return packages;
        }

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

        public Package() {
        }

        public Package(Integer id, String name) {
            super(id, name);
        }

        /** {@code Install}, {@code Cache}, {@code Install Cached} or {@code Uninstall}. */
        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        /** Fill user templates. */
        public Boolean getFut() {
            return fut;
        }

        public void setFut(Boolean fut) {
            this.fut = fut;
        }

        /** Fill existing users. */
        public Boolean getFeu() {
            return feu;
        }

        public void setFeu(Boolean feu) {
            this.feu = feu;
        }

        public Boolean getUpdateAutorun() {
            return updateAutorun;
        }

        public void setUpdateAutorun(Boolean updateAutorun) {
            this.updateAutorun = updateAutorun;
        }
    }

    /** {@code <packages>}: {@code <package>} items. */
    @XmlType(name = "ClassicPolicy.Packages")
    public static class Packages extends ClassicList<Package> {
        @XmlElement(name = "package")
        private List<Package> items;

        public Packages() {
        }

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

        public Script() {
        }

        public Script(Integer id, String name) {
            this.id = id;
            this.name = name;
        }

        public Integer getId() {
            return id;
        }

        public void setId(Integer id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        /** {@code Before} or {@code After}. */
        public String getPriority() {
            return priority;
        }

        public void setPriority(String priority) {
            this.priority = priority;
        }
    }

    /** {@code <scripts>}: {@code <script>} items. */
    @XmlType(name = "ClassicPolicy.Scripts")
    public static class Scripts extends ClassicList<Script> {
        @XmlElement(name = "script")
        private List<Script> items;

        public Scripts() {
        }

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

        public Boolean getRecon() {
            return recon;
        }

        public void setRecon(Boolean recon) {
            this.recon = recon;
        }

        public Boolean getResetName() {
            return resetName;
        }

        public void setResetName(Boolean resetName) {
            this.resetName = resetName;
        }

        public Boolean getInstallAllCachedPackages() {
            return installAllCachedPackages;
        }

        public void setInstallAllCachedPackages(Boolean installAllCachedPackages) {
            this.installAllCachedPackages = installAllCachedPackages;
        }

        public Boolean getHeal() {
            return heal;
        }

        public void setHeal(Boolean heal) {
            this.heal = heal;
        }

        public Boolean getPrebindings() {
            return prebindings;
        }

        public void setPrebindings(Boolean prebindings) {
            this.prebindings = prebindings;
        }

        public Boolean getPermissions() {
            return permissions;
        }

        public void setPermissions(Boolean permissions) {
            this.permissions = permissions;
        }

        public Boolean getByhost() {
            return byhost;
        }

        public void setByhost(Boolean byhost) {
            this.byhost = byhost;
        }

        public Boolean getSystemCache() {
            return systemCache;
        }

        public void setSystemCache(Boolean systemCache) {
            this.systemCache = systemCache;
        }

        public Boolean getUserCache() {
            return userCache;
        }

        public void setUserCache(Boolean userCache) {
            this.userCache = userCache;
        }

        public Boolean getVerify() {
            return verify;
        }

        public void setVerify(Boolean verify) {
            this.verify = verify;
        }
    }
}
