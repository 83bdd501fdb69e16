package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * A Classic API {@code <computer_group>}, smart ({@code criteria}) or static ({@code computers}).
 * To change a static group's members without sending them all, use
 * {@code ClassicApi.updateStaticComputerGroupMembershipById}.
 */
@XmlRootElement(name = "computer_group")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicComputerGroup extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "is_smart")
    private Boolean isSmart;
    private ClassicReference site;
    private ClassicCriteria criteria;
    private Computers computers;
    @XmlElement(name = "computer_additions")
    private Computers computerAdditions;
    @XmlElement(name = "computer_deletions")
    private Computers computerDeletions;

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
     * True for a smart group, false for a static one.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Boolean getIsSmart() {
        return isSmart;
    }

    /**
     * Sets the {@code <is_smart>} element.
     *
     * @param isSmart the value; {@code null} leaves it out of what is sent
     */
    public void setIsSmart(Boolean isSmart) {
        this.isSmart = isSmart;
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

    /** {@return a smart group's criteria} */
    public ClassicCriteria getCriteria() {
        return criteria;
    }

    /**
     * Sets the {@code <criteria>} element.
     *
     * @param criteria the value; {@code null} leaves it out of what is sent
     */
    public void setCriteria(ClassicCriteria criteria) {
        this.criteria = criteria;
    }

    /** {@return the members} */
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

    /**
     * Computers to add to a static group (an update sends only these, not all members).
     *
     * @return the computers
     */
    public Computers getComputerAdditions() {
        return computerAdditions;
    }

    /**
     * Sets the {@code <computer_additions>} element.
     *
     * @param computerAdditions the value; {@code null} leaves it out of what is sent
     */
    public void setComputerAdditions(Computers computerAdditions) {
        this.computerAdditions = computerAdditions;
    }

    /**
     * Computers to remove from a static group.
     *
     * @return the computers
     */
    public Computers getComputerDeletions() {
        return computerDeletions;
    }

    /**
     * Sets the {@code <computer_deletions>} element.
     *
     * @param computerDeletions the value; {@code null} leaves it out of what is sent
     */
    public void setComputerDeletions(Computers computerDeletions) {
        this.computerDeletions = computerDeletions;
    }

    /** A member computer. */
    @XmlType(name = "ClassicComputerGroup.Computer")
    public static class Computer extends ClassicReference {
        @XmlElement(name = "mac_address")
        private String macAddress;
        @XmlElement(name = "alt_mac_address")
        private String altMacAddress;
        @XmlElement(name = "serial_number")
        private String serialNumber;

        /** An empty one, to fill in with the setters. */
        public Computer() {
        }

        /**
         * A reference by id and name.
         *
         * @param id the Jamf Pro id, or null to leave it out
         * @param name the name, or null to leave it out
         */
        public Computer(Integer id, String name) {
            super(id, name);
        }

        /** {@return the {@code <mac_address>} element} */
        public String getMacAddress() {
            return macAddress;
        }

        /**
         * Sets the {@code <mac_address>} element.
         *
         * @param macAddress the value; {@code null} leaves it out of what is sent
         */
        public void setMacAddress(String macAddress) {
            this.macAddress = macAddress;
        }

        /** {@return the {@code <alt_mac_address>} element} */
        public String getAltMacAddress() {
            return altMacAddress;
        }

        /**
         * Sets the {@code <alt_mac_address>} element.
         *
         * @param altMacAddress the value; {@code null} leaves it out of what is sent
         */
        public void setAltMacAddress(String altMacAddress) {
            this.altMacAddress = altMacAddress;
        }

        /** {@return the {@code <serial_number>} element} */
        public String getSerialNumber() {
            return serialNumber;
        }

        /**
         * Sets the {@code <serial_number>} element.
         *
         * @param serialNumber the value; {@code null} leaves it out of what is sent
         */
        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }
    }

    /** {@code <computers>}: {@code <computer>} items. */
    @XmlType(name = "ClassicComputerGroup.Computers")
    public static class Computers extends ClassicList<Computer> {
        @XmlElement(name = "computer")
        private List<Computer> items;

        /** An empty one, to fill in with the setters. */
        public Computers() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public Computers(List<Computer> items) {
            setItems(items);
        }

        @Override
        public List<Computer> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<Computer> items) {
            this.items = copy(items);
        }
    }
}
