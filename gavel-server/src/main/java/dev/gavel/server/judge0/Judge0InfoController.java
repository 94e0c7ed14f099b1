package dev.gavel.server.judge0;

import dev.gavel.judge.language.Language;
import dev.gavel.judge.language.Languages;
import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.engine.JudgeEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Judge0's languages, statuses, information, configuration and session checks, under {@code /judge0}. */
@RestController
@RequestMapping("/judge0")
class Judge0InfoController {

    private final Languages languages;
    private final GavelProperties properties;
    private final Judge0Authorization authorization;

    Judge0InfoController(JudgeEngine engine, GavelProperties properties, Judge0Authorization authorization) {
        this.languages = engine.languages();
        this.properties = properties;
        this.authorization = authorization;
    }

    @GetMapping("/languages")
    List<Map<String, Object>> languages() {
        return sorted().stream().map(l -> language(l.judge0Id(), l.name(), null)).toList();
    }

    @GetMapping("/languages/all")
    List<Map<String, Object>> allLanguages() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Language l : sorted()) {
            all.add(language(l.judge0Id(), l.name(), false));
            for (int alias : l.details().judge0Aliases()) all.add(language(alias, l.name(), true));
        }
        return all;
    }

    @GetMapping("/languages/{id}")
    Map<String, Object> language(@PathVariable String id) {
        Language l;
        try {
            l = languages.byJudge0Id(Integer.parseInt(id)).orElseThrow(Judge0Controller::notFound);
        } catch (NumberFormatException e) {
            throw Judge0Controller.notFound();
        }
        int judge0Id = Integer.parseInt(id);
        Map<String, Object> m = language(judge0Id, l.name(), judge0Id != l.judge0Id());
        String source = l.details().sourceName();
        m.put("source_file", source);
        m.put("compile_cmd", l.compile().isEmpty() ? null : command(l.compile(), source));
        m.put("run_cmd", command(l.run(), source));
        return m;
    }

    @GetMapping("/statuses")
    List<Map<String, Object>> statuses() {
        return Arrays.stream(Judge0Status.values()).map(Judge0Status::json).toList();
    }

    @GetMapping("/about")
    Map<String, Object> about() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", "1.13.1");
        m.put("homepage", "https://github.com/gavel-judge/gavel");
        m.put("source_code", "https://github.com/gavel-judge/gavel");
        m.put("maintainer", "Gavel (Judge0-compatible API)");
        return m;
    }

    @GetMapping("/version")
    String version() {
        return "1.13.1";
    }

    @GetMapping("/config_info")
    Map<String, Object> configInfo() {
        return Judge0Config.info(properties.judge0().submissionDelete(), properties.judge0().maxQueueSize(),
                properties.limits().batch());
    }

    @GetMapping("/system_info")
    Map<String, Object> systemInfo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Architecture", System.getProperty("os.arch"));
        m.put("CPU(s)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    @PostMapping("/authorize")
    ResponseEntity<Void> authorize(HttpServletRequest request) {
        authorization.check(request);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/authenticate")
    ResponseEntity<Void> authenticate() {
        return ResponseEntity.ok().build();
    }

    private List<Language> sorted() {
        return languages.all().stream().sorted(Comparator.comparing(Language::name)).toList();
    }

    private static Map<String, Object> language(int id, String name, Boolean archived) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        if (archived != null) m.put("is_archived", archived);
        return m;
    }

    private static String command(List<String> argv, String source) {
        return String.join(" ", argv).replace("{sources}", source).replace("{main}", source);
    }
}
