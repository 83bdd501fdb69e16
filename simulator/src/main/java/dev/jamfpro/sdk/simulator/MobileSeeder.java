package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * What makes the simulated mobile devices look real ("Ava's iPhone", serial numbers, UDIDs, Wi-Fi
 * addresses, iOS versions), laid over records generated from the document's mobile device schema.
 * The same seed and count always give the same devices.
 */
final class MobileSeeder {
    private record Model(String family, String name, String identifier, String os, String version, String build) {
    }

    private static final List<Model> MODELS = List.of(
            new Model("iPhone", "iPhone 15", "iPhone15,4", "ios", "18.1", "22B83"),
            new Model("iPhone", "iPhone 16 Pro", "iPhone17,1", "ios", "18.2", "22C152"),
            new Model("iPhone", "iPhone 14", "iPhone14,7", "ios", "17.7.2", "21H221"),
            new Model("iPad", "iPad Air (M2)", "iPad14,8", "ios", "18.1", "22B83"),
            new Model("iPad", "iPad (10th generation)", "iPad13,18", "ios", "18.0.1", "22A3370"),
            new Model("Apple TV", "Apple TV 4K (3rd generation)", "AppleTV14,1", "tvos", "18.1", "22J580"));
    private static final List<String> NAMES = List.of("Ava", "Liam", "Noah", "Emma", "Mia", "Lucas", "Sofia", "Mateo",
            "Aria", "Ethan", "Chloe", "Priya", "Arjun", "Mei", "Hiro", "Amara", "Kofi", "Lena", "Jonas", "Elif");
    private static final String SERIAL = "CDFGHJKLMNPQRTVWXY0123456789";
    private static final String HEX = "0123456789ABCDEF";

    private MobileSeeder() {
    }

    static List<JsonObject> overlays(int count, long seed) {
        Random random = new Random(seed * 7919 + 17);
        List<JsonObject> devices = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Model model = MODELS.get(random.nextInt(MODELS.size()));
            String owner = NAMES.get(random.nextInt(NAMES.size()));
            JsonObject d = new JsonObject();
            d.addProperty("name", model.family().equals("Apple TV") ? "Conference Room TV " + i : owner + "'s " + model.family());
            StringBuilder serial = new StringBuilder().append(SERIAL.charAt(random.nextInt(18)));
            while (serial.length() < 10) {
                serial.append(SERIAL.charAt(random.nextInt(SERIAL.length())));
            }
            d.addProperty("serialNumber", serial.toString());
            d.addProperty("udid", new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT));
            d.addProperty("wifiMacAddress", mac(random));
            d.addProperty("bluetoothMacAddress", mac(random));
            d.addProperty("osVersion", model.version());
            d.addProperty("osBuild", model.build());
            d.addProperty("managed", true);
            d.addProperty("type", model.os());
            d.addProperty("model", model.name());
            d.addProperty("modelIdentifier", model.identifier());
            JsonObject detail = new JsonObject(); // the detail shape's copy of the model, as the list shows it
            detail.addProperty("model", model.name());
            detail.addProperty("modelIdentifier", model.identifier());
            detail.addProperty("supervised", true);
            d.add("ios", detail);
            d.addProperty("username", owner.toLowerCase(Locale.ROOT) + i);
            d.addProperty("phoneNumber", model.family().equals("iPhone") ? String.format("+1 555 %04d", 100 + i) : "");
            devices.add(d);
        }
        return devices;
    }

    private static String mac(Random random) {
        StringBuilder mac = new StringBuilder("F0:99:B6");
        for (int i = 0; i < 3; i++) {
            int octet = random.nextInt(256);
            mac.append(':').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 0xF));
        }
        return mac.toString();
    }
}
