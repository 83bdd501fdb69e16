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

    /** First IPv4 address of the segment. */
    public String getStartingAddress() {
        return startingAddress;
    }

    public void setStartingAddress(String startingAddress) {
        this.startingAddress = startingAddress;
    }

    /** Last IPv4 address of the segment. */
    public String getEndingAddress() {
        return endingAddress;
    }

    public void setEndingAddress(String endingAddress) {
        this.endingAddress = endingAddress;
    }

    public String getDistributionServer() {
        return distributionServer;
    }

    public void setDistributionServer(String distributionServer) {
        this.distributionServer = distributionServer;
    }

    public String getDistributionPoint() {
        return distributionPoint;
    }

    public void setDistributionPoint(String distributionPoint) {
        this.distributionPoint = distributionPoint;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getNetbootServer() {
        return netbootServer;
    }

    public void setNetbootServer(String netbootServer) {
        this.netbootServer = netbootServer;
    }

    /** The software update server name. */
    public String getSwuServer() {
        return swuServer;
    }

    public void setSwuServer(String swuServer) {
        this.swuServer = swuServer;
    }

    /** The building name assigned to computers in the segment. */
    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building;
    }

    /** The department name assigned to computers in the segment. */
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Boolean getOverrideBuildings() {
        return overrideBuildings;
    }

    public void setOverrideBuildings(Boolean overrideBuildings) {
        this.overrideBuildings = overrideBuildings;
    }

    public Boolean getOverrideDepartments() {
        return overrideDepartments;
    }

    public void setOverrideDepartments(Boolean overrideDepartments) {
        this.overrideDepartments = overrideDepartments;
    }
}
