package dev.jamfpro.sdk.classic;

/** Sections of a Classic computer record, for {@code /computers/id/{id}/subset/General&Location}. */
public enum ComputerSubset {
    GENERAL("General"),
    LOCATION("Location"),
    PURCHASING("Purchasing"),
    PERIPHERALS("Peripherals"),
    HARDWARE("Hardware"),
    CERTIFICATES("Certificates"),
    SECURITY("Security"),
    SOFTWARE("Software"),
    EXTENSION_ATTRIBUTES("ExtensionAttributes"),
    GROUPS_ACCOUNTS("GroupsAccounts"),
    IPHONES("iphones"),
    CONFIGURATION_PROFILES("ConfigurationProfiles");

    private final String pathName;

    ComputerSubset(String pathName) {
        this.pathName = pathName;
    }

    /** The name in the URL, for example {@code ExtensionAttributes}. */
    public String pathName() {
        return pathName;
    }
}
