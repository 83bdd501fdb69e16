package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * The {@code <scope>} of a policy or configuration profile: targets, limitations and exclusions.
 * One type serves computer scopes (policies, macOS profiles) and mobile device scopes; the fields a
 * resource does not use stay null and are not sent. Items are {@link ClassicReference}s (id and/or
 * name); their other elements ({@code udid}, …) are kept.
 *
 * <p>Jamf replaces the whole scope when an update carries {@code <scope>}: send the scope you read,
 * changed, not a fresh one with a single group.
 *
 * <pre>{@code
 * ClassicScope scope = new ClassicScope();
 * scope.setComputerGroups(new ClassicScope.ComputerGroups(List.of(new ClassicReference(5, null))));
 * }</pre>
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicScope extends ClassicElement {
    @XmlElement(name = "all_computers")
    private Boolean allComputers;
    @XmlElement(name = "all_mobile_devices")
    private Boolean allMobileDevices;
    @XmlElement(name = "all_jss_users")
    private Boolean allJssUsers;
    private Computers computers;
    @XmlElement(name = "computer_groups")
    private ComputerGroups computerGroups;
    @XmlElement(name = "mobile_devices")
    private MobileDevices mobileDevices;
    @XmlElement(name = "mobile_device_groups")
    private MobileDeviceGroups mobileDeviceGroups;
    private Buildings buildings;
    private Departments departments;
    @XmlElement(name = "jss_users")
    private Users jssUsers;
    @XmlElement(name = "jss_user_groups")
    private UserGroups jssUserGroups;
    private Limitations limitations;
    private Exclusions exclusions;

    /** Whether every computer is in scope (policies, macOS profiles). */
    public Boolean getAllComputers() {
        return allComputers;
    }

    public void setAllComputers(Boolean allComputers) {
        this.allComputers = allComputers;
    }

    /** Whether every mobile device is in scope (mobile device profiles). */
    public Boolean getAllMobileDevices() {
        return allMobileDevices;
    }

    public void setAllMobileDevices(Boolean allMobileDevices) {
        this.allMobileDevices = allMobileDevices;
    }

    /** Whether every Jamf Pro user is in scope. */
    public Boolean getAllJssUsers() {
        return allJssUsers;
    }

    public void setAllJssUsers(Boolean allJssUsers) {
        this.allJssUsers = allJssUsers;
    }

    public Computers getComputers() {
        return computers;
    }

    public void setComputers(Computers computers) {
        this.computers = computers;
    }

    public ComputerGroups getComputerGroups() {
        return computerGroups;
    }

    public void setComputerGroups(ComputerGroups computerGroups) {
        this.computerGroups = computerGroups;
    }

    public MobileDevices getMobileDevices() {
        return mobileDevices;
    }

    public void setMobileDevices(MobileDevices mobileDevices) {
        this.mobileDevices = mobileDevices;
    }

    public MobileDeviceGroups getMobileDeviceGroups() {
        return mobileDeviceGroups;
    }

    public void setMobileDeviceGroups(MobileDeviceGroups mobileDeviceGroups) {
        this.mobileDeviceGroups = mobileDeviceGroups;
    }

    public Buildings getBuildings() {
        return buildings;
    }

    public void setBuildings(Buildings buildings) {
        this.buildings = buildings;
    }

    public Departments getDepartments() {
        return departments;
    }

    public void setDepartments(Departments departments) {
        this.departments = departments;
    }

    /** Jamf Pro users in scope ({@code <user>} items). */
    public Users getJssUsers() {
        return jssUsers;
    }

    public void setJssUsers(Users jssUsers) {
        this.jssUsers = jssUsers;
    }

    /** Jamf Pro user groups in scope ({@code <user_group>} items). */
    public UserGroups getJssUserGroups() {
        return jssUserGroups;
    }

    public void setJssUserGroups(UserGroups jssUserGroups) {
        this.jssUserGroups = jssUserGroups;
    }

    public Limitations getLimitations() {
        return limitations;
    }

    public void setLimitations(Limitations limitations) {
        this.limitations = limitations;
    }

    public Exclusions getExclusions() {
        return exclusions;
    }

    public void setExclusions(Exclusions exclusions) {
        this.exclusions = exclusions;
    }

    /** {@code <limitations>}: users, user groups, network segments and iBeacons the targets are limited to. */
    @XmlType(name = "ClassicScope.Limitations")
    public static class Limitations extends ClassicElement {
        private Users users;
        @XmlElement(name = "user_groups")
        private UserGroups userGroups;
        @XmlElement(name = "network_segments")
        private NetworkSegments networkSegments;
        private Ibeacons ibeacons;

        /** Directory users the scope is limited to. */
        public Users getUsers() {
            return users;
        }

        public void setUsers(Users users) {
            this.users = users;
        }

        public UserGroups getUserGroups() {
            return userGroups;
        }

        public void setUserGroups(UserGroups userGroups) {
            this.userGroups = userGroups;
        }

        public NetworkSegments getNetworkSegments() {
            return networkSegments;
        }

        public void setNetworkSegments(NetworkSegments networkSegments) {
            this.networkSegments = networkSegments;
        }

        public Ibeacons getIbeacons() {
            return ibeacons;
        }

        public void setIbeacons(Ibeacons ibeacons) {
            this.ibeacons = ibeacons;
        }
    }

    /** {@code <exclusions>}: targets taken out of the scope. */
    @XmlType(name = "ClassicScope.Exclusions")
    public static class Exclusions extends ClassicElement {
        private Computers computers;
        @XmlElement(name = "computer_groups")
        private ComputerGroups computerGroups;
        @XmlElement(name = "mobile_devices")
        private MobileDevices mobileDevices;
        @XmlElement(name = "mobile_device_groups")
        private MobileDeviceGroups mobileDeviceGroups;
        private Buildings buildings;
        private Departments departments;
        private Users users;
        @XmlElement(name = "user_groups")
        private UserGroups userGroups;
        @XmlElement(name = "network_segments")
        private NetworkSegments networkSegments;
        private Ibeacons ibeacons;
        @XmlElement(name = "jss_users")
        private Users jssUsers;
        @XmlElement(name = "jss_user_groups")
        private UserGroups jssUserGroups;

        public Computers getComputers() {
            return computers;
        }

        public void setComputers(Computers computers) {
            this.computers = computers;
        }

        public ComputerGroups getComputerGroups() {
            return computerGroups;
        }

        public void setComputerGroups(ComputerGroups computerGroups) {
            this.computerGroups = computerGroups;
        }

        public MobileDevices getMobileDevices() {
            return mobileDevices;
        }

        public void setMobileDevices(MobileDevices mobileDevices) {
            this.mobileDevices = mobileDevices;
        }

        public MobileDeviceGroups getMobileDeviceGroups() {
            return mobileDeviceGroups;
        }

        public void setMobileDeviceGroups(MobileDeviceGroups mobileDeviceGroups) {
            this.mobileDeviceGroups = mobileDeviceGroups;
        }

        public Buildings getBuildings() {
            return buildings;
        }

        public void setBuildings(Buildings buildings) {
            this.buildings = buildings;
        }

        public Departments getDepartments() {
            return departments;
        }

        public void setDepartments(Departments departments) {
            this.departments = departments;
        }

        public Users getUsers() {
            return users;
        }

        public void setUsers(Users users) {
            this.users = users;
        }

        public UserGroups getUserGroups() {
            return userGroups;
        }

        public void setUserGroups(UserGroups userGroups) {
            this.userGroups = userGroups;
        }

        public NetworkSegments getNetworkSegments() {
            return networkSegments;
        }

        public void setNetworkSegments(NetworkSegments networkSegments) {
            this.networkSegments = networkSegments;
        }

        public Ibeacons getIbeacons() {
            return ibeacons;
        }

        public void setIbeacons(Ibeacons ibeacons) {
            this.ibeacons = ibeacons;
        }

        public Users getJssUsers() {
            return jssUsers;
        }

        public void setJssUsers(Users jssUsers) {
            this.jssUsers = jssUsers;
        }

        public UserGroups getJssUserGroups() {
            return jssUserGroups;
        }

        public void setJssUserGroups(UserGroups jssUserGroups) {
            this.jssUserGroups = jssUserGroups;
        }
    }

    /** {@code <computers>}: {@code <computer>} items. */
    @XmlType(name = "ClassicScope.Computers")
    public static class Computers extends ClassicList<ClassicReference> {
        @XmlElement(name = "computer")
        private List<ClassicReference> items;

        public Computers() {
        }

        public Computers(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <computer_groups>}: {@code <computer_group>} items. */
    @XmlType(name = "ClassicScope.ComputerGroups")
    public static class ComputerGroups extends ClassicList<ClassicReference> {
        @XmlElement(name = "computer_group")
        private List<ClassicReference> items;

        public ComputerGroups() {
        }

        public ComputerGroups(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <mobile_devices>}: {@code <mobile_device>} items. */
    @XmlType(name = "ClassicScope.MobileDevices")
    public static class MobileDevices extends ClassicList<ClassicReference> {
        @XmlElement(name = "mobile_device")
        private List<ClassicReference> items;

        public MobileDevices() {
        }

        public MobileDevices(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <mobile_device_groups>}: {@code <mobile_device_group>} items. */
    @XmlType(name = "ClassicScope.MobileDeviceGroups")
    public static class MobileDeviceGroups extends ClassicList<ClassicReference> {
        @XmlElement(name = "mobile_device_group")
        private List<ClassicReference> items;

        public MobileDeviceGroups() {
        }

        public MobileDeviceGroups(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <buildings>}: {@code <building>} items. */
    @XmlType(name = "ClassicScope.Buildings")
    public static class Buildings extends ClassicList<ClassicReference> {
        @XmlElement(name = "building")
        private List<ClassicReference> items;

        public Buildings() {
        }

        public Buildings(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <departments>}: {@code <department>} items. */
    @XmlType(name = "ClassicScope.Departments")
    public static class Departments extends ClassicList<ClassicReference> {
        @XmlElement(name = "department")
        private List<ClassicReference> items;

        public Departments() {
        }

        public Departments(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <users>}: {@code <user>} items. */
    @XmlType(name = "ClassicScope.Users")
    public static class Users extends ClassicList<ClassicReference> {
        @XmlElement(name = "user")
        private List<ClassicReference> items;

        public Users() {
        }

        public Users(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <user_groups>}: {@code <user_group>} items. */
    @XmlType(name = "ClassicScope.UserGroups")
    public static class UserGroups extends ClassicList<ClassicReference> {
        @XmlElement(name = "user_group")
        private List<ClassicReference> items;

        public UserGroups() {
        }

        public UserGroups(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <network_segments>}: {@code <network_segment>} items. */
    @XmlType(name = "ClassicScope.NetworkSegments")
    public static class NetworkSegments extends ClassicList<ClassicReference> {
        @XmlElement(name = "network_segment")
        private List<ClassicReference> items;

        public NetworkSegments() {
        }

        public NetworkSegments(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }

    /** {@code <ibeacons>}: {@code <ibeacon>} items. */
    @XmlType(name = "ClassicScope.Ibeacons")
    public static class Ibeacons extends ClassicList<ClassicReference> {
        @XmlElement(name = "ibeacon")
        private List<ClassicReference> items;

        public Ibeacons() {
        }

        public Ibeacons(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }
}
