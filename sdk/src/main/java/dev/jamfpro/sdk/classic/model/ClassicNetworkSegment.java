package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A Classic API {@code <network_segment>}: an IP range with the building, department and servers it
 * assigns. Elements without a field here are kept in
 * {@link #getOtherElements()}.
 */
@XmlRootElement(name = "network_segment")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicNetworkSegment extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "starting_address")
    private String startingAddress;
    @XmlElement(name = "ending_address")
    private String endingAddress;
    @XmlElement(name = "distribution_server")
    private String distributionServer;
    @XmlElement(name = "distribution_point")
    private String distributionPoint;
    private String url;
    @XmlElement(name = "netboot_server")
    private String netbootServer;
    @XmlElement(name = "swu_server")
    private String swuServer;
    private String building;
    private String department;
    @XmlElement(name = "override_buildings")
    private Boolean overrideBuildings;
    @XmlElement(name = "override_departments")
    private Boolean overrideDepartments;

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
     * First IPv4 address of the segment.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getStartingAddress() {
        return startingAddress;
    }

    /**
     * Sets the {@code <starting_address>} element.
     *
     * @param startingAddress the value; {@code null} leaves it out of what is sent
     */
    public void setStartingAddress(String startingAddress) {
        this.startingAddress = startingAddress;
    }

    /**
     * Last IPv4 address of the segment.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getEndingAddress() {
        return endingAddress;
    }

    /**
     * Sets the {@code <ending_address>} element.
     *
     * @param endingAddress the value; {@code null} leaves it out of what is sent
     */
    public void setEndingAddress(String endingAddress) {
        this.endingAddress = endingAddress;
    }

    /** {@return the {@code <distribution_server>} element} */
    public String getDistributionServer() {
        return distributionServer;
    }

    /**
     * Sets the {@code <distribution_server>} element.
     *
     * @param distributionServer the value; {@code null} leaves it out of what is sent
     */
    public void setDistributionServer(String distributionServer) {
        this.distributionServer = distributionServer;
    }

    /** {@return the {@code <distribution_point>} element} */
    public String getDistributionPoint() {
        return distributionPoint;
    }

    /**
     * Sets the {@code <distribution_point>} element.
     *
     * @param distributionPoint the value; {@code null} leaves it out of what is sent
     */
    public void setDistributionPoint(String distributionPoint) {
        this.distributionPoint = distributionPoint;
    }

    /** {@return the {@code <url>} element} */
    public String getUrl() {
        return url;
    }

    /**
     * Sets the {@code <url>} element.
     *
     * @param url the value; {@code null} leaves it out of what is sent
     */
    public void setUrl(String url) {
        this.url = url;
    }

    /** {@return the {@code <netboot_server>} element} */
    public String getNetbootServer() {
        return netbootServer;
    }

    /**
     * Sets the {@code <netboot_server>} element.
     *
     * @param netbootServer the value; {@code null} leaves it out of what is sent
     */
    public void setNetbootServer(String netbootServer) {
        this.netbootServer = netbootServer;
    }

    /** {@return the software update server name} */
    public String getSwuServer() {
        return swuServer;
    }

    /**
     * Sets the {@code <swu_server>} element.
     *
     * @param swuServer the value; {@code null} leaves it out of what is sent
     */
    public void setSwuServer(String swuServer) {
        this.swuServer = swuServer;
    }

    /** {@return the building name assigned to computers in the segment} */
    public String getBuilding() {
        return building;
    }

    /**
     * Sets the {@code <building>} element.
     *
     * @param building the value; {@code null} leaves it out of what is sent
     */
    public void setBuilding(String building) {
        this.building = building;
    }

    /** {@return the department name assigned to computers in the segment} */
    public String getDepartment() {
        return department;
    }

    /**
     * Sets the {@code <department>} element.
     *
     * @param department the value; {@code null} leaves it out of what is sent
     */
    public void setDepartment(String department) {
        this.department = department;
    }

    /** {@return the {@code <override_buildings>} element} */
    public Boolean getOverrideBuildings() {
        return overrideBuildings;
    }

    /**
     * Sets the {@code <override_buildings>} element.
     *
     * @param overrideBuildings the value; {@code null} leaves it out of what is sent
     */
    public void setOverrideBuildings(Boolean overrideBuildings) {
        this.overrideBuildings = overrideBuildings;
    }

    /** {@return the {@code <override_departments>} element} */
    public Boolean getOverrideDepartments() {
        return overrideDepartments;
    }

    /**
     * Sets the {@code <override_departments>} element.
     *
     * @param overrideDepartments the value; {@code null} leaves it out of what is sent
     */
    public void setOverrideDepartments(Boolean overrideDepartments) {
        this.overrideDepartments = overrideDepartments;
    }
}
