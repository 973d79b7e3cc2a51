package io.tendlc.simulators.tcr;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TCR CSP API v2: the enumerations. */
@RestController
@RequestMapping("/tcr/v2/enum")
class EnumController {

    record Value(String id, String displayName) {
    }

    @GetMapping("/usecase")
    List<TcrEnums.Usecase> usecases() {
        return TcrEnums.USECASES;
    }

    @GetMapping("/vertical")
    List<Value> verticals() {
        return TcrEnums.VERTICALS.entrySet().stream().map(entry -> new Value(entry.getKey(), entry.getValue()))
                .toList();
    }

    @GetMapping("/entityType")
    List<String> entityTypes() {
        return TcrEnums.ENTITY_TYPES;
    }

    @GetMapping("/mno")
    List<Map<String, String>> carriers() {
        return java.util.Arrays.stream(Carrier.values())
                .map(carrier -> Map.of("mnoId", carrier.mnoId(), "displayName", carrier.displayName()))
                .toList();
    }
}
