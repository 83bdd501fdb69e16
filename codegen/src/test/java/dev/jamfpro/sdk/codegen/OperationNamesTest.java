package dev.jamfpro.sdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationNamesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // the examples of API.md section 3
            "GET,    /v1/computers-inventory,                                      getComputersInventoryV1",
            "GET,    /v1/computers-inventory/{id},                                 getComputersInventoryByIdV1",
            "DELETE, /v1/computers-inventory/{id}/attachments/{attachmentId},      deleteComputersInventoryByIdAttachmentsByAttachmentIdV1",
            "GET,    /v2/mobile-devices/detail,                                    getMobileDevicesDetailV2",
            "POST,   /preview/mdm/commands,                                        postMdmCommandsPreview",
            "POST,   /v1/mdm/renew-profile,                                        postMdmRenewProfileV1",
            // camelCase and kebab-case segments give the same word; no version means no suffix
            "POST,   /v1/auth/keep-alive,                                          postAuthKeepAliveV1",
            "POST,   /auth/keepAlive,                                              postAuthKeepAlive",
            "GET,    /inventory-preload/csv-template,                              getInventoryPreloadCsvTemplate",
            "PATCH,  /v12/things/{thing-id},                                       patchThingsByThingIdV12",
            "put,    /v1/a/{id}/b,                                                 putAByIdBV1",
    })
    void followsTheNamingRule(String method, String path, String expected) {
        assertEquals(expected, OperationNames.methodName(method, path));
    }

    @ParameterizedTest
    @CsvSource({"GET, v1/no-leading-slash", "GET, /v1/mixed{id}segment", "'', /v1/x"})
    void rejectsPathsItCannotName(String method, String path) {
        assertThrows(IllegalArgumentException.class, () -> OperationNames.methodName(method, path));
    }
}
