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

    /** True for a smart group, false for a static one. */
    public Boolean getIsSmart() {
        return isSmart;
    }

    public void setIsSmart(Boolean isSmart) {
        this.isSmart = isSmart;
    }

    public ClassicReference getSite() {
        return site;
    }

    public void setSite(ClassicReference site) {
        this.site = site;
    }

    /** A smart group's criteria. */
    public ClassicCriteria getCriteria() {
        return criteria;
    }

    public void setCriteria(ClassicCriteria criteria) {
        this.criteria = criteria;
    }

    /** The members. */
    public Computers getComputers() {
        return computers;
    }

    public void setComputers(Computers computers) {
        this.computers = computers;
    }

    /** Computers to add to a static group (an update sends only these, not all members). */
    public Computers getComputerAdditions() {
        return computerAdditions;
    }

    public void setComputerAdditions(Computers computerAdditions) {
        this.computerAdditions = computerAdditions;
    }

    /** Computers to remove from a static group. */
    public Computers getComputerDeletions() {
        return computerDeletions;
    }

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

        public Computer() {
        }

        public Computer(Integer id, String name) {
            super(id, name);
        }

        public String getMacAddress() {
            return macAddress;
        }

        public void setMacAddress(String macAddress) {
            this.macAddress = macAddress;
        }

        public String getAltMacAddress() {
            return altMacAddress;
        }

        public void setAltMacAddress(String altMacAddress) {
            this.altMacAddress = altMacAddress;
        }

        public String getSerialNumber() {
            return serialNumber;
        }

        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }
    }

    /** {@code <computers>}: {@code <computer>} items. */
    @XmlType(name = "ClassicComputerGroup.Computers")
    public static class Computers extends ClassicList<Computer> {
        @XmlElement(name = "computer")
        private List<Computer> items;

        public Computers() {
        }

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
