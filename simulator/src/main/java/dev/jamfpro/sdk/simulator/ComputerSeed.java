package dev.jamfpro.sdk.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A computer a test adds to the simulated fleet ({@link JamfProSimulator#addComputer}): the values it
 * sets, every other one like a seeded computer's. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * SimulatedComputer lab = jamf.addComputer(ComputerSeed.named("Lab Mac 1")
 *         .lastContactTime(Instant.parse("2026-01-05T09:00:00Z")).building("Main Office").username("ava"));
 * }</pre>
 */
public final class ComputerSeed {
    private final String name;
    private final String serialNumber;
    private final String udid;
    private final String macAddress;
    private final String assetTag;
    private final Boolean managed;
    private final Instant lastContactTime;
    private final Instant reportDate;
    private final String osVersion;
    private final String model;
    private final String username;
    private final String realName;
    private final String email;
    private final String building;
    private final String department;

    private ComputerSeed(String name, String serialNumber, String udid, String macAddress, String assetTag,
                         Boolean managed, Instant lastContactTime, Instant reportDate, String osVersion, String model,
                         String username, String realName, String email, String building, String department) {
        this.name = name;
        this.serialNumber = serialNumber;
        this.udid = udid;
        this.macAddress = macAddress;
        this.assetTag = assetTag;
        this.managed = managed;
        this.lastContactTime = lastContactTime;
        this.reportDate = reportDate;
        this.osVersion = osVersion;
        this.model = model;
        this.username = username;
        this.realName = realName;
        this.email = email;
        this.building = building;
        this.department = department;
    }

    /**
     * A computer named {@code name}; everything else is generated unless set.
     *
     * @param name the computer's name, not blank
     * @return the seed
     */
    public static ComputerSeed named(String name) {
        if (Objects.requireNonNull(name, "name == null").isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new ComputerSeed(name, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The serial number.
     *
     * @param serialNumber the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed serialNumber(String serialNumber) {
        return new ComputerSeed(name, req(serialNumber, "serialNumber"), udid, macAddress, assetTag, managed,
                lastContactTime, reportDate, osVersion, model, username, realName, email, building, department);
    }

    /**
     * The UDID.
     *
     * @param udid the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed udid(String udid) {
        return new ComputerSeed(name, serialNumber, req(udid, "udid"), macAddress, assetTag, managed, lastContactTime,
                reportDate, osVersion, model, username, realName, email, building, department);
    }

    /**
     * The MAC address.
     *
     * @param macAddress the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed macAddress(String macAddress) {
        return new ComputerSeed(name, serialNumber, udid, req(macAddress, "macAddress"), assetTag, managed,
                lastContactTime, reportDate, osVersion, model, username, realName, email, building, department);
    }

    /**
     * The asset tag.
     *
     * @param assetTag the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed assetTag(String assetTag) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, req(assetTag, "assetTag"), managed,
                lastContactTime, reportDate, osVersion, model, username, realName, email, building, department);
    }

    /**
     * Whether the computer is managed.
     *
     * @param managed the value
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed managed(boolean managed) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                osVersion, model, username, realName, email, building, department);
    }

    /**
     * When it last checked in ({@code lastContactTime} in v1-v3, {@code lastContact}/{@code lastCheckIn} in v4).
     *
     * @param lastContactTime the instant, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed lastContactTime(Instant lastContactTime) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed,
                req(lastContactTime, "lastContactTime"), reportDate, osVersion, model, username, realName, email,
                building, department);
    }

    /**
     * When it last submitted inventory.
     *
     * @param reportDate the instant, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed reportDate(Instant reportDate) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime,
                req(reportDate, "reportDate"), osVersion, model, username, realName, email, building, department);
    }

    /**
     * The macOS version, for example {@code 15.1}.
     *
     * @param osVersion the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed osVersion(String osVersion) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                req(osVersion, "osVersion"), model, username, realName, email, building, department);
    }

    /**
     * The model name, for example {@code MacBook Pro (14-inch, 2023)}.
     *
     * @param model the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed model(String model) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                osVersion, req(model, "model"), username, realName, email, building, department);
    }

    /**
     * The assigned user's user name.
     *
     * @param username the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed username(String username) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                osVersion, model, req(username, "username"), realName, email, building, department);
    }

    /**
     * The assigned user's full name.
     *
     * @param realName the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed realName(String realName) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                osVersion, model, username, req(realName, "realName"), email, building, department);
    }

    /**
     * The assigned user's e-mail address.
     *
     * @param email the value, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed email(String email) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                osVersion, model, username, realName, req(email, "email"), building, department);
    }

    /**
     * The building by name; it must be one of {@code /v1/buildings} when the computer is added.
     *
     * @param building the building's name, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed building(String building) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                osVersion, model, username, realName, email, req(building, "building"), department);
    }

    /**
     * The department by name; it must be one of {@code /v1/departments} when the computer is added.
     *
     * @param department the department's name, not null
     * @return a new seed; this one is unchanged
     */
    public ComputerSeed department(String department) {
        return new ComputerSeed(name, serialNumber, udid, macAddress, assetTag, managed, lastContactTime, reportDate,
                osVersion, model, username, realName, email, building, req(department, "department"));
    }

    private static <T> T req(T value, String name) {
        return Objects.requireNonNull(value, name + " == null");
    }

    /** The seed applied over a computer made like the seeded ones. */
    SimulatedComputer.Builder applyTo(SimulatedComputer.Builder b, Directory directory) {
        b.name = name;
        if (serialNumber != null) {
            b.serialNumber = serialNumber;
        }
        if (udid != null) {
            b.udid = udid;
        }
        if (macAddress != null) {
            b.macAddress = macAddress;
        }
        if (assetTag != null) {
            b.assetTag = assetTag;
        }
        if (managed != null) {
            b.managed = managed;
            b.mdmCapable = managed;
            b.managementUsername = managed ? "jamfadmin" : null;
        }
        if (reportDate != null) {
            b.reportDate = reportDate;
        }
        if (lastContactTime != null) {
            b.lastContactTime = lastContactTime;
            if (reportDate == null && b.reportDate.isAfter(lastContactTime)) {
                b.reportDate = lastContactTime;
            }
        }
        if (osVersion != null) {
            b.osVersion = osVersion;
        }
        if (model != null) {
            b.model = model;
        }
        if (username != null) {
            b.username = username;
        }
        if (realName != null) {
            b.realName = realName;
        }
        if (email != null) {
            b.email = email;
        }
        if (building != null) {
            b.building = building;
            b.buildingId = !directory.knowsBuildings() ? null : directory.buildingId(building).orElseThrow(() ->
                    new IllegalArgumentException("building [" + building + "] is not one of /v1/buildings"));
        }
        if (department != null) {
            b.department = department;
            b.departmentId = !directory.knowsDepartments() ? null : directory.departmentId(department).orElseThrow(() ->
                    new IllegalArgumentException("department [" + department + "] is not one of /v1/departments"));
        }
        return b;
    }

    @Override
    public String toString() {
        return "ComputerSeed{" + name + '}';
    }
}
