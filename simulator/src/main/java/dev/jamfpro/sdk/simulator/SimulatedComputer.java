package dev.jamfpro.sdk.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One computer of the simulated fleet: an immutable snapshot. Its fields are the ones the simulator
 * serves, in the Pro API inventory ({@code GENERAL}, {@code HARDWARE}, {@code OPERATING_SYSTEM},
 * {@code USER_AND_LOCATION}, ...) and in the Classic {@code <computer>} record. A Classic
 * {@code PUT} replaces the fleet's snapshot with an updated one; snapshots already handed out do not
 * change.
 */
public final class SimulatedComputer {
    private final int id;
    private final String udid;
    private final String name;
    private final String serialNumber;
    private final String assetTag;
    private final String platform;
    private final boolean managed;
    private final String managementUsername;
    private final boolean supervised;
    private final boolean mdmCapable;
    private final String macAddress;
    private final String altMacAddress;
    private final String ipAddress;
    private final String lastReportedIp;
    private final String jamfBinaryVersion;
    private final Instant reportDate;
    private final Instant lastContactTime;
    private final Instant lastEnrolledDate;
    private final LocalDate initialEntryDate;
    private final boolean enrolledViaAutomatedDeviceEnrollment;
    private final boolean userApprovedMdm;
    private final String managementId;
    private final String make;
    private final String model;
    private final String modelIdentifier;
    private final String processorType;
    private final String processorArchitecture;
    private final int coreCount;
    private final long totalRamMegabytes;
    private final boolean appleSilicon;
    private final String osName;
    private final String osVersion;
    private final String osBuild;
    private final String fileVault2Status;
    private final String username;
    private final String realName;
    private final String email;
    private final String position;
    private final String phone;
    private final String department;
    private final String departmentId;
    private final String building;
    private final String buildingId;
    private final String room;
    /** Inventory fields set through the Pro API that the fields above do not hold, in the detail shape. */
    private final com.google.gson.JsonObject changes;

    /** An encoded form of this computer, keyed by what was asked (sections, subsets). */
    record Encoded(Object key, byte[] bytes) {
    }

    // The object never changes, so its encodings never go stale: one cached per format, for the last key.
    private volatile Encoded json;
    private volatile Encoded xml;

    private SimulatedComputer(Builder b) {
        this.id = b.id;
        this.udid = b.udid;
        this.name = b.name;
        this.serialNumber = b.serialNumber;
        this.assetTag = b.assetTag;
        this.platform = b.platform;
        this.managed = b.managed;
        this.managementUsername = b.managementUsername;
        this.supervised = b.supervised;
        this.mdmCapable = b.mdmCapable;
        this.macAddress = b.macAddress;
        this.altMacAddress = b.altMacAddress;
        this.ipAddress = b.ipAddress;
        this.lastReportedIp = b.lastReportedIp;
        this.jamfBinaryVersion = b.jamfBinaryVersion;
        this.reportDate = b.reportDate;
        this.lastContactTime = b.lastContactTime;
        this.lastEnrolledDate = b.lastEnrolledDate;
        this.initialEntryDate = b.initialEntryDate;
        this.enrolledViaAutomatedDeviceEnrollment = b.enrolledViaAutomatedDeviceEnrollment;
        this.userApprovedMdm = b.userApprovedMdm;
        this.managementId = b.managementId;
        this.make = b.make;
        this.model = b.model;
        this.modelIdentifier = b.modelIdentifier;
        this.processorType = b.processorType;
        this.processorArchitecture = b.processorArchitecture;
        this.coreCount = b.coreCount;
        this.totalRamMegabytes = b.totalRamMegabytes;
        this.appleSilicon = b.appleSilicon;
        this.osName = b.osName;
        this.osVersion = b.osVersion;
        this.osBuild = b.osBuild;
        this.fileVault2Status = b.fileVault2Status;
        this.username = b.username;
        this.realName = b.realName;
        this.email = b.email;
        this.position = b.position;
        this.phone = b.phone;
        this.department = b.department;
        this.departmentId = b.departmentId;
        this.building = b.building;
        this.buildingId = b.buildingId;
        this.room = b.room;
        this.changes = b.changes == null ? null : b.changes.deepCopy();
    }

    static Builder builder() {
        return new Builder();
    }

    /** The cached encoding for {@code key}, or null. */
    byte[] cachedJson(Object key) {
        Encoded e = json;
        return e != null && e.key().equals(key) ? e.bytes() : null;
    }

    void cacheJson(Object key, byte[] bytes) {
        json = new Encoded(key, bytes);
    }

    byte[] cachedXml(Object key) {
        Encoded e = xml;
        return e != null && e.key().equals(key) ? e.bytes() : null;
    }

    void cacheXml(Object key, byte[] bytes) {
        xml = new Encoded(key, bytes);
    }

    /** Inventory fields stored through the Pro API beyond the modelled ones (a copy), or null. */
    com.google.gson.JsonObject changes() {
        return changes == null ? null : changes;
    }

    /** A builder holding this computer's values, for an updated copy. */
    Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.udid = udid;
        b.name = name;
        b.serialNumber = serialNumber;
        b.assetTag = assetTag;
        b.platform = platform;
        b.managed = managed;
        b.managementUsername = managementUsername;
        b.supervised = supervised;
        b.mdmCapable = mdmCapable;
        b.macAddress = macAddress;
        b.altMacAddress = altMacAddress;
        b.ipAddress = ipAddress;
        b.lastReportedIp = lastReportedIp;
        b.jamfBinaryVersion = jamfBinaryVersion;
        b.reportDate = reportDate;
        b.lastContactTime = lastContactTime;
        b.lastEnrolledDate = lastEnrolledDate;
        b.initialEntryDate = initialEntryDate;
        b.enrolledViaAutomatedDeviceEnrollment = enrolledViaAutomatedDeviceEnrollment;
        b.userApprovedMdm = userApprovedMdm;
        b.managementId = managementId;
        b.make = make;
        b.model = model;
        b.modelIdentifier = modelIdentifier;
        b.processorType = processorType;
        b.processorArchitecture = processorArchitecture;
        b.coreCount = coreCount;
        b.totalRamMegabytes = totalRamMegabytes;
        b.appleSilicon = appleSilicon;
        b.osName = osName;
        b.osVersion = osVersion;
        b.osBuild = osBuild;
        b.fileVault2Status = fileVault2Status;
        b.username = username;
        b.realName = realName;
        b.email = email;
        b.position = position;
        b.phone = phone;
        b.department = department;
        b.departmentId = departmentId;
        b.building = building;
        b.buildingId = buildingId;
        b.room = room;
        b.changes = changes == null ? null : changes.deepCopy();
        return b;
    }

    /** {@return Jamf's id (1-based, unique)} */
    public int id() {
        return id;
    }

    /** {@return the hardware UDID, upper-case UUID form} */
    public String udid() {
        return udid;
    }

    /** {@return the computer name, for example {@code Oscar's MacBook Air}} */
    public String name() {
        return name;
    }

    /** {@return the serial number, unique in the fleet} */
    public String serialNumber() {
        return serialNumber;
    }

    /** {@return the asset tag, or null} */
    public String assetTag() {
        return assetTag;
    }

    /**
     * Always {@code Mac}.
     *
     * @return the platform
     */
    public String platform() {
        return platform;
    }

    /** {@return whether the computer is managed} */
    public boolean managed() {
        return managed;
    }

    /** {@return the management account name} */
    public String managementUsername() {
        return managementUsername;
    }

    /** {@return whether the computer is supervised} */
    public boolean supervised() {
        return supervised;
    }

    /** {@return whether the computer is MDM capable} */
    public boolean mdmCapable() {
        return mdmCapable;
    }

    /** {@return the primary MAC address} */
    public String macAddress() {
        return macAddress;
    }

    /** {@return the secondary MAC address, or null} */
    public String altMacAddress() {
        return altMacAddress;
    }

    /** {@return the last IP address Jamf saw} */
    public String ipAddress() {
        return ipAddress;
    }

    /** {@return the last IP address the computer reported} */
    public String lastReportedIp() {
        return lastReportedIp;
    }

    /** {@return the version of the jamf binary} */
    public String jamfBinaryVersion() {
        return jamfBinaryVersion;
    }

    /** {@return when the computer last submitted inventory} */
    public Instant reportDate() {
        return reportDate;
    }

    /** {@return when the computer last checked in} */
    public Instant lastContactTime() {
        return lastContactTime;
    }

    /** {@return when the computer last enrolled} */
    public Instant lastEnrolledDate() {
        return lastEnrolledDate;
    }

    /** {@return when the computer first appeared in Jamf Pro} */
    public LocalDate initialEntryDate() {
        return initialEntryDate;
    }

    /** {@return whether it enrolled through Automated Device Enrollment} */
    public boolean enrolledViaAutomatedDeviceEnrollment() {
        return enrolledViaAutomatedDeviceEnrollment;
    }

    /** {@return whether MDM is user approved} */
    public boolean userApprovedMdm() {
        return userApprovedMdm;
    }

    /** {@return the management id (a UUID)} */
    public String managementId() {
        return managementId;
    }

    /**
     * Always {@code Apple}.
     *
     * @return the make
     */
    public String make() {
        return make;
    }

    /** {@return the marketing model, for example {@code MacBook Air (M2, 2022)}} */
    public String model() {
        return model;
    }

    /** {@return the model identifier, for example {@code Mac14,2}} */
    public String modelIdentifier() {
        return modelIdentifier;
    }

    /** {@return the processor, for example {@code Apple M2}} */
    public String processorType() {
        return processorType;
    }

    /**
     * {@code arm64} or {@code x86_64}.
     *
     * @return the architecture
     */
    public String processorArchitecture() {
        return processorArchitecture;
    }

    /**
     * Processor cores.
     *
     * @return the number of cores
     */
    public int coreCount() {
        return coreCount;
    }

    /**
     * Memory in MB.
     *
     * @return the memory in MB
     */
    public long totalRamMegabytes() {
        return totalRamMegabytes;
    }

    /** {@return whether the processor is Apple silicon} */
    public boolean appleSilicon() {
        return appleSilicon;
    }

    /**
     * Always {@code macOS}.
     *
     * @return the OS name
     */
    public String osName() {
        return osName;
    }

    /** {@return the macOS version, for example {@code 15.1}} */
    public String osVersion() {
        return osVersion;
    }

    /** {@return the macOS build, for example {@code 24B83}} */
    public String osBuild() {
        return osBuild;
    }

    /**
     * {@code ALL_ENCRYPTED}, {@code NOT_ENCRYPTED}, ...
     *
     * @return the FileVault 2 status
     */
    public String fileVault2Status() {
        return fileVault2Status;
    }

    /** {@return the assigned user's account name, or null} */
    public String username() {
        return username;
    }

    /** {@return the assigned user's full name, or null} */
    public String realName() {
        return realName;
    }

    /** {@return the assigned user's e-mail address, or null} */
    public String email() {
        return email;
    }

    /** {@return the assigned user's position, or null} */
    public String position() {
        return position;
    }

    /** {@return the assigned user's phone number, or null} */
    public String phone() {
        return phone;
    }

    /** {@return the department's name, or null} */
    public String department() {
        return department;
    }

    /** {@return the department's id, or null} */
    public String departmentId() {
        return departmentId;
    }

    /** {@return the building's name, or null} */
    public String building() {
        return building;
    }

    /** {@return the building's id, or null} */
    public String buildingId() {
        return buildingId;
    }

    /** {@return the room, or null} */
    public String room() {
        return room;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SimulatedComputer)) {
            return false;
        }
        SimulatedComputer that = (SimulatedComputer) o;
        return id == that.id && toBuilder().equalsValues(that.toBuilder());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, udid, serialNumber, name);
    }

    @Override
    public String toString() {
        return "SimulatedComputer{id=" + id + ", name=" + name + ", serialNumber=" + serialNumber + ", udid=" + udid
                + ", model=" + model + ", osVersion=" + osVersion + '}';
    }

    /** Mutable values of a computer, for seeding and updates. */
    static final class Builder {
        int id;
        String udid;
        String name;
        String serialNumber;
        String assetTag;
        String platform;
        boolean managed;
        String managementUsername;
        boolean supervised;
        boolean mdmCapable;
        String macAddress;
        String altMacAddress;
        String ipAddress;
        String lastReportedIp;
        String jamfBinaryVersion;
        Instant reportDate;
        Instant lastContactTime;
        Instant lastEnrolledDate;
        LocalDate initialEntryDate;
        boolean enrolledViaAutomatedDeviceEnrollment;
        boolean userApprovedMdm;
        String managementId;
        String make;
        String model;
        String modelIdentifier;
        String processorType;
        String processorArchitecture;
        int coreCount;
        long totalRamMegabytes;
        boolean appleSilicon;
        String osName;
        String osVersion;
        String osBuild;
        String fileVault2Status;
        String username;
        String realName;
        String email;
        String position;
        String phone;
        String department;
        String departmentId;
        String building;
        String buildingId;
        String room;
        com.google.gson.JsonObject changes;

        private Builder() {
        }

        SimulatedComputer build() {
            return new SimulatedComputer(this);
        }

        boolean equalsValues(Builder o) {
            return id == o.id
                    && Objects.equals(udid, o.udid)
                    && Objects.equals(name, o.name)
                    && Objects.equals(serialNumber, o.serialNumber)
                    && Objects.equals(assetTag, o.assetTag)
                    && Objects.equals(platform, o.platform)
                    && managed == o.managed
                    && Objects.equals(managementUsername, o.managementUsername)
                    && supervised == o.supervised
                    && mdmCapable == o.mdmCapable
                    && Objects.equals(macAddress, o.macAddress)
                    && Objects.equals(altMacAddress, o.altMacAddress)
                    && Objects.equals(ipAddress, o.ipAddress)
                    && Objects.equals(lastReportedIp, o.lastReportedIp)
                    && Objects.equals(jamfBinaryVersion, o.jamfBinaryVersion)
                    && Objects.equals(reportDate, o.reportDate)
                    && Objects.equals(lastContactTime, o.lastContactTime)
                    && Objects.equals(lastEnrolledDate, o.lastEnrolledDate)
                    && Objects.equals(initialEntryDate, o.initialEntryDate)
                    && enrolledViaAutomatedDeviceEnrollment == o.enrolledViaAutomatedDeviceEnrollment
                    && userApprovedMdm == o.userApprovedMdm
                    && Objects.equals(managementId, o.managementId)
                    && Objects.equals(make, o.make)
                    && Objects.equals(model, o.model)
                    && Objects.equals(modelIdentifier, o.modelIdentifier)
                    && Objects.equals(processorType, o.processorType)
                    && Objects.equals(processorArchitecture, o.processorArchitecture)
                    && coreCount == o.coreCount
                    && totalRamMegabytes == o.totalRamMegabytes
                    && appleSilicon == o.appleSilicon
                    && Objects.equals(osName, o.osName)
                    && Objects.equals(osVersion, o.osVersion)
                    && Objects.equals(osBuild, o.osBuild)
                    && Objects.equals(fileVault2Status, o.fileVault2Status)
                    && Objects.equals(username, o.username)
                    && Objects.equals(realName, o.realName)
                    && Objects.equals(email, o.email)
                    && Objects.equals(position, o.position)
                    && Objects.equals(phone, o.phone)
                    && Objects.equals(department, o.department)
                    && Objects.equals(departmentId, o.departmentId)
                    && Objects.equals(building, o.building)
                    && Objects.equals(buildingId, o.buildingId)
                    && Objects.equals(room, o.room)
                    && Objects.equals(changes, o.changes);
        }
    }
}
