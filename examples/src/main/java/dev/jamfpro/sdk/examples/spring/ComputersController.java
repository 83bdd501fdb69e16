package dev.jamfpro.sdk.examples.spring;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfHttpException;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.pro.query.SortField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two routes of the guide's FastAPI example. The guide reads the Classic {@code /computers}
 * endpoints, deprecated since 2025-02-11; these routes read their successor, the Pro API's current
 * computer inventory ({@code GET /v4/computers-inventory} and {@code GET /v4/computers-inventory/{id}}).
 */
@RestController
class ComputersController {
    /** What a computer's answer shows: its name and identity, its hardware (serial number), its user and location. */
    private static final List<String> SECTIONS = List.of("GENERAL", "HARDWARE", "USER_AND_LOCATION");

    private final AsyncJamfProClient client;

    ComputersController(AsyncJamfProClient client) {
        this.client = client;
    }

    /**
     * {@code @app.get("/computers")}: id and name of every computer, in id order. The guide's Classic
     * {@code list_all_computers()} is deprecated; every page of {@code GET /v4/computers-inventory} is its
     * successor.
     */
    @GetMapping("/computers")
    CompletableFuture<List<Map<String, Object>>> listComputers() {
        PageQuery byId = PageQuery.builder().sort(SortField.of("id").asc()).build();
        return client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), byId).all()
                .thenApply(computers -> computers.stream()
                        .map(c -> Map.<String, Object>of("id", c.getId(), "name", c.getGeneral().getName()))
                        .toList());
    }

    /**
     * {@code @app.get("/computers/{computer_id}")}: one computer's record. The guide's Classic
     * {@code get_computer_by_id} is deprecated; {@code GET /v4/computers-inventory/{id}} is its successor.
     */
    @GetMapping("/computers/{computerId}")
    CompletableFuture<Map<String, Object>> getComputer(@PathVariable("computerId") String computerId) {
        return client.proApi().getComputersInventoryByIdV4(computerId, SECTIONS).thenApply(ComputersController::toMap);
    }

    /** A Jamf Pro error: its 404 passed on as 404, anything else as 502 (Spring unwraps the future's exception). */
    @ExceptionHandler(JamfHttpException.class)
    ResponseEntity<Map<String, Object>> jamfError(JamfHttpException e) {
        HttpStatus status = e.statusCode() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).body(Map.of("detail", e.statusCode() == 404 ? "Computer not found"
                : "Jamf Pro: " + e.getMessage()));
    }

    private static Map<String, Object> toMap(ComputerInventoryV4 computer) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", computer.getId());
        map.put("name", computer.getGeneral().getName());
        map.put("serial_number", computer.getHardware() == null ? null : computer.getHardware().getSerialNumber());
        map.put("udid", computer.getUdid());
        if (computer.getUserAndLocation() != null) {
            map.put("building_id", computer.getUserAndLocation().getBuildingId());
            map.put("username", computer.getUserAndLocation().getUsername());
        }
        return map;
    }
}
