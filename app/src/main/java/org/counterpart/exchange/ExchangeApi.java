package org.counterpart.exchange;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.counterpart.cases.Actor;
import org.counterpart.system.NodeOnly;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Messages with other contact points over REST. */
@RestController
@NodeOnly
class ExchangeApi {

  private final Messages messages;

  ExchangeApi(Messages messages) {
    this.messages = messages;
  }

  @PostMapping("/api/v1/messages")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Draft a message to another country's contact point")
  Map<String, String> draft(@RequestBody Messages.Draft draft, Authentication who) {
    return Map.of("id", messages.draft(draft, Actor.of(who)));
  }

  @PostMapping("/api/v1/messages/{id}/send")
  @Operation(summary = "Send a draft (contact point, not its drafter): sealed and queued")
  ResponseEntity<Void> send(@PathVariable String id, Authentication who) {
    messages.send(id, Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/messages")
  List<Messages.MessageView> box(
      @RequestParam(defaultValue = "IN") String box, Authentication who) {
    return messages.box("OUT".equals(box) ? "OUT" : "IN", Actor.of(who));
  }

  @GetMapping("/api/v1/messages/{id}")
  Messages.MessageView read(@PathVariable String id, Authentication who) {
    return messages.read(id, Actor.of(who));
  }
}
