package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * A Classic API {@code <advanced_computer_search>}: criteria, display fields, and (when read) the
 * matching computers. A result's display-field values are elements named after the field
 * ({@code <Computer_Name>}); read them with {@code getOtherElement("Computer_Name")}.
 */
@XmlRootElement(name = "advanced_computer_search")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicAdvancedComputerSearch extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "view_as")
    private String viewAs;
    @XmlElement(name = "sort_1")
    private String sort1;
    @XmlElement(name = "sort_2")
    private String sort2;
    @XmlElement(name = "sort_3")
    private String sort3;
    private ClassicCriteria criteria;
    @XmlElement(name = "display_fields")
    private DisplayFields displayFields;
    private Computers computers;
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

    /** For example {@code Standard Web Page}. */
    public String getViewAs() {
        return viewAs;
    }

    public void setViewAs(String viewAs) {
        this.viewAs = viewAs;
    }

    public String getSort1() {
        return sort1;
    }

    public void setSort1(String sort1) {
        this.sort1 = sort1;
    }

    public String getSort2() {
        return sort2;
    }

    public void setSort2(String sort2) {
        this.sort2 = sort2;
    }

    public String getSort3() {
        return sort3;
    }

    public void setSort3(String sort3) {
        this.sort3 = sort3;
    }

    public ClassicCriteria getCriteria() {
        return criteria;
    }

    public void setCriteria(ClassicCriteria criteria) {
        this.criteria = criteria;
    }

    public DisplayFields getDisplayFields() {
        return displayFields;
    }

    public void setDisplayFields(DisplayFields displayFields) {
        this.displayFields = displayFields;
    }

    /** The results (read only). */
    public Computers getComputers() {
        return computers;
    }

    public void setComputers(Computers computers) {
        this.computers = computers;
    }

    public ClassicReference getSite() {
        return site;
    }

    public void setSite(ClassicReference site) {
        this.site = site;
    }

    /** A {@code <display_field>}: an inventory field shown in the results, by name. */
    @XmlType(name = "ClassicAdvancedComputerSearch.DisplayField")
    public static class DisplayField extends ClassicElement {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        /** A display field with this name, for example {@code IP Address}. */
        public static DisplayField of(String name) {
            DisplayField field = new DisplayField();
            field.setName(name);
            return field;
        }
    }

    /** {@code <display_fields>}: {@code <display_field>} items. */
    @XmlType(name = "ClassicAdvancedComputerSearch.DisplayFields")
    public static class DisplayFields extends ClassicList<DisplayField> {
        @XmlElement(name = "display_field")
        private List<DisplayField> items;

        public DisplayFields() {
        }

        public DisplayFields(List<DisplayField> items) {
            setItems(items);
        }

        @Override
        public List<DisplayField> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<DisplayField> items) {
            this.items = copy(items);
        }
    }

    /** A matching computer; display-field values are kept as other elements. */
    @XmlType(name = "ClassicAdvancedComputerSearch.Computer")
    public static class Computer extends ClassicReference {
        private String udid;

        public Computer() {
        }

        public Computer(Integer id, String name) {
            super(id, name);
        }

        public String getUdid() {
            return udid;
        }

        public void setUdid(String udid) {
            this.udid = udid;
        }
    }

    /** {@code <computers>}: {@code <computer>} items. */
    @XmlType(name = "ClassicAdvancedComputerSearch.Computers")
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
