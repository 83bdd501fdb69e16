package dev.jamfpro.sdk.examples.spring;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfHttpException;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
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

/** The two routes of the guide's FastAPI example. */
@RestController
class ComputersController {
    private final AsyncJamfProClient client;

    ComputersController(AsyncJamfProClient client) {
        this.client = client;
    }

    /** {@code @app.get("/computers")}: id and name of every computer. */
    @GetMapping("/computers")
    CompletableFuture<List<Map<String, Object>>> listComputers() {
        return client.classicApi().listAllComputers().thenApply(computers -> computers.stream()
                .map(c -> Map.<String, Object>of("id", c.getId(), "name", c.getName()))
                .toList());
    }

    /** {@code @app.get("/computers/{computer_id}")}: one computer's record. */
    @GetMapping("/computers/{computerId}")
    CompletableFuture<Map<String, Object>> getComputer(@PathVariable("computerId") int computerId) {
        return client.classicApi().getComputerById(computerId).thenApply(ComputersController::toMap);
    }

    /** A Jamf Pro error: its 404 passed on as 404, anything else as 502 (Spring unwraps the future's exception). */
    @ExceptionHandler(JamfHttpException.class)
    ResponseEntity<Map<String, Object>> jamfError(JamfHttpException e) {
        HttpStatus status = e.statusCode() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).body(Map.of("detail", e.statusCode() == 404 ? "Computer not found"
                : "Jamf Pro: " + e.getMessage()));
    }

    private static Map<String, Object> toMap(ClassicComputer computer) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", computer.getGeneral().getId());
        map.put("name", computer.getGeneral().getName());
        map.put("serial_number", computer.getGeneral().getSerialNumber());
        map.put("udid", computer.getGeneral().getUdid());
        if (computer.getLocation() != null) {
            map.put("building", computer.getLocation().getBuilding());
            map.put("username", computer.getLocation().getUsername());
        }
        return map;
    }
}
