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

    /** {@return whether every computer is in scope (policies, macOS profiles)} */
    public Boolean getAllComputers() {
        return allComputers;
    }

    /**
     * Sets the {@code <all_computers>} element.
     *
     * @param allComputers the value; {@code null} leaves it out of what is sent
     */
    public void setAllComputers(Boolean allComputers) {
        this.allComputers = allComputers;
    }

    /** {@return whether every mobile device is in scope (mobile device profiles)} */
    public Boolean getAllMobileDevices() {
        return allMobileDevices;
    }

    /**
     * Sets the {@code <all_mobile_devices>} element.
     *
     * @param allMobileDevices the value; {@code null} leaves it out of what is sent
     */
    public void setAllMobileDevices(Boolean allMobileDevices) {
        this.allMobileDevices = allMobileDevices;
    }

    /** {@return whether every Jamf Pro user is in scope} */
    public Boolean getAllJssUsers() {
        return allJssUsers;
    }

    /**
     * Sets the {@code <all_jss_users>} element.
     *
     * @param allJssUsers the value; {@code null} leaves it out of what is sent
     */
    public void setAllJssUsers(Boolean allJssUsers) {
        this.allJssUsers = allJssUsers;
    }

    /** {@return the {@code <computers>} element} */
    public Computers getComputers() {
        return computers;
    }

    /**
     * Sets the {@code <computers>} element.
     *
     * @param computers the value; {@code null} leaves it out of what is sent
     */
    public void setComputers(Computers computers) {
        this.computers = computers;
    }

    /** {@return the {@code <computer_groups>} element} */
    public ComputerGroups getComputerGroups() {
        return computerGroups;
    }

    /**
     * Sets the {@code <computer_groups>} element.
     *
     * @param computerGroups the value; {@code null} leaves it out of what is sent
     */
    public void setComputerGroups(ComputerGroups computerGroups) {
        this.computerGroups = computerGroups;
    }

    /** {@return the {@code <mobile_devices>} element} */
    public MobileDevices getMobileDevices() {
        return mobileDevices;
    }

    /**
     * Sets the {@code <mobile_devices>} element.
     *
     * @param mobileDevices the value; {@code null} leaves it out of what is sent
     */
    public void setMobileDevices(MobileDevices mobileDevices) {
        this.mobileDevices = mobileDevices;
    }

    /** {@return the {@code <mobile_device_groups>} element} */
    public MobileDeviceGroups getMobileDeviceGroups() {
        return mobileDeviceGroups;
    }

    /**
     * Sets the {@code <mobile_device_groups>} element.
     *
     * @param mobileDeviceGroups the value; {@code null} leaves it out of what is sent
     */
    public void setMobileDeviceGroups(MobileDeviceGroups mobileDeviceGroups) {
        this.mobileDeviceGroups = mobileDeviceGroups;
    }

    /** {@return the {@code <buildings>} element} */
    public Buildings getBuildings() {
        return buildings;
    }

    /**
     * Sets the {@code <buildings>} element.
     *
     * @param buildings the value; {@code null} leaves it out of what is sent
     */
    public void setBuildings(Buildings buildings) {
        this.buildings = buildings;
    }

    /** {@return the {@code <departments>} element} */
    public Departments getDepartments() {
        return departments;
    }

    /**
     * Sets the {@code <departments>} element.
     *
     * @param departments the value; {@code null} leaves it out of what is sent
     */
    public void setDepartments(Departments departments) {
        this.departments = departments;
    }

    /**
     * Jamf Pro users in scope ({@code <user>} items).
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Users getJssUsers() {
        return jssUsers;
    }

    /**
     * Sets the {@code <jss_users>} element.
     *
     * @param jssUsers the value; {@code null} leaves it out of what is sent
     */
    public void setJssUsers(Users jssUsers) {
        this.jssUsers = jssUsers;
    }

    /**
     * Jamf Pro user groups in scope ({@code <user_group>} items).
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public UserGroups getJssUserGroups() {
        return jssUserGroups;
    }

    /**
     * Sets the {@code <jss_user_groups>} element.
     *
     * @param jssUserGroups the value; {@code null} leaves it out of what is sent
     */
    public void setJssUserGroups(UserGroups jssUserGroups) {
        this.jssUserGroups = jssUserGroups;
    }

    /** {@return the {@code <limitations>} element} */
    public Limitations getLimitations() {
        return limitations;
    }

    /**
     * Sets the {@code <limitations>} element.
     *
     * @param limitations the value; {@code null} leaves it out of what is sent
     */
    public void setLimitations(Limitations limitations) {
        this.limitations = limitations;
    }

    /** {@return the {@code <exclusions>} element} */
    public Exclusions getExclusions() {
        return exclusions;
    }

    /**
     * Sets the {@code <exclusions>} element.
     *
     * @param exclusions the value; {@code null} leaves it out of what is sent
     */
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

        /**
         * Directory users the scope is limited to.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public Users getUsers() {
            return users;
        }

        /**
         * Sets the {@code <users>} element.
         *
         * @param users the value; {@code null} leaves it out of what is sent
         */
        public void setUsers(Users users) {
            this.users = users;
        }

        /** {@return the {@code <user_groups>} element} */
        public UserGroups getUserGroups() {
            return userGroups;
        }

        /**
         * Sets the {@code <user_groups>} element.
         *
         * @param userGroups the value; {@code null} leaves it out of what is sent
         */
        public void setUserGroups(UserGroups userGroups) {
            this.userGroups = userGroups;
        }

        /** {@return the {@code <network_segments>} element} */
        public NetworkSegments getNetworkSegments() {
            return networkSegments;
        }

        /**
         * Sets the {@code <network_segments>} element.
         *
         * @param networkSegments the value; {@code null} leaves it out of what is sent
         */
        public void setNetworkSegments(NetworkSegments networkSegments) {
            this.networkSegments = networkSegments;
        }

        /** {@return the {@code <ibeacons>} element} */
        public Ibeacons getIbeacons() {
            return ibeacons;
        }

        /**
         * Sets the {@code <ibeacons>} element.
         *
         * @param ibeacons the value; {@code null} leaves it out of what is sent
         */
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

        /** {@return the {@code <computers>} element} */
        public Computers getComputers() {
            return computers;
        }

        /**
         * Sets the {@code <computers>} element.
         *
         * @param computers the value; {@code null} leaves it out of what is sent
         */
        public void setComputers(Computers computers) {
            this.computers = computers;
        }

        /** {@return the {@code <computer_groups>} element} */
        public ComputerGroups getComputerGroups() {
            return computerGroups;
        }

        /**
         * Sets the {@code <computer_groups>} element.
         *
         * @param computerGroups the value; {@code null} leaves it out of what is sent
         */
        public void setComputerGroups(ComputerGroups computerGroups) {
            this.computerGroups = computerGroups;
        }

        /** {@return the {@code <mobile_devices>} element} */
        public MobileDevices getMobileDevices() {
            return mobileDevices;
        }

        /**
         * Sets the {@code <mobile_devices>} element.
         *
         * @param mobileDevices the value; {@code null} leaves it out of what is sent
         */
        public void setMobileDevices(MobileDevices mobileDevices) {
            this.mobileDevices = mobileDevices;
        }

        /** {@return the {@code <mobile_device_groups>} element} */
        public MobileDeviceGroups getMobileDeviceGroups() {
            return mobileDeviceGroups;
        }

        /**
         * Sets the {@code <mobile_device_groups>} element.
         *
         * @param mobileDeviceGroups the value; {@code null} leaves it out of what is sent
         */
        public void setMobileDeviceGroups(MobileDeviceGroups mobileDeviceGroups) {
            this.mobileDeviceGroups = mobileDeviceGroups;
        }

        /** {@return the {@code <buildings>} element} */
        public Buildings getBuildings() {
            return buildings;
        }

        /**
         * Sets the {@code <buildings>} element.
         *
         * @param buildings the value; {@code null} leaves it out of what is sent
         */
        public void setBuildings(Buildings buildings) {
            this.buildings = buildings;
        }

        /** {@return the {@code <departments>} element} */
        public Departments getDepartments() {
            return departments;
        }

        /**
         * Sets the {@code <departments>} element.
         *
         * @param departments the value; {@code null} leaves it out of what is sent
         */
        public void setDepartments(Departments departments) {
            this.departments = departments;
        }

        /** {@return the {@code <users>} element} */
        public Users getUsers() {
            return users;
        }

        /**
         * Sets the {@code <users>} element.
         *
         * @param users the value; {@code null} leaves it out of what is sent
         */
        public void setUsers(Users users) {
            this.users = users;
        }

        /** {@return the {@code <user_groups>} element} */
        public UserGroups getUserGroups() {
            return userGroups;
        }

        /**
         * Sets the {@code <user_groups>} element.
         *
         * @param userGroups the value; {@code null} leaves it out of what is sent
         */
        public void setUserGroups(UserGroups userGroups) {
            this.userGroups = userGroups;
        }

        /** {@return the {@code <network_segments>} element} */
        public NetworkSegments getNetworkSegments() {
            return networkSegments;
        }

        /**
         * Sets the {@code <network_segments>} element.
         *
         * @param networkSegments the value; {@code null} leaves it out of what is sent
         */
        public void setNetworkSegments(NetworkSegments networkSegments) {
            this.networkSegments = networkSegments;
        }

        /** {@return the {@code <ibeacons>} element} */
        public Ibeacons getIbeacons() {
            return ibeacons;
        }

        /**
         * Sets the {@code <ibeacons>} element.
         *
         * @param ibeacons the value; {@code null} leaves it out of what is sent
         */
        public void setIbeacons(Ibeacons ibeacons) {
            this.ibeacons = ibeacons;
        }

        /** {@return the {@code <jss_users>} element} */
        public Users getJssUsers() {
            return jssUsers;
        }

        /**
         * Sets the {@code <jss_users>} element.
         *
         * @param jssUsers the value; {@code null} leaves it out of what is sent
         */
        public void setJssUsers(Users jssUsers) {
            this.jssUsers = jssUsers;
        }

        /** {@return the {@code <jss_user_groups>} element} */
        public UserGroups getJssUserGroups() {
            return jssUserGroups;
        }

        /**
         * Sets the {@code <jss_user_groups>} element.
         *
         * @param jssUserGroups the value; {@code null} leaves it out of what is sent
         */
        public void setJssUserGroups(UserGroups jssUserGroups) {
            this.jssUserGroups = jssUserGroups;
        }
    }

    /** {@code <computers>}: {@code <computer>} items. */
    @XmlType(name = "ClassicScope.Computers")
    public static class Computers extends ClassicList<ClassicReference> {
        @XmlElement(name = "computer")
        private List<ClassicReference> items;

        /** An empty one, to fill in with the setters. */
        public Computers() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public ComputerGroups() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public MobileDevices() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public MobileDeviceGroups() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public Buildings() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public Departments() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public Users() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public UserGroups() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public NetworkSegments() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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

        /** An empty one, to fill in with the setters. */
        public Ibeacons() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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
