package org.counterpart.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts this instance's identity and the language list on every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class InstanceModelAdvice {

  private final CounterpartProperties instance;

  InstanceModelAdvice(CounterpartProperties instance) {
    this.instance = instance;
  }

  @ModelAttribute("instanceName")
  String instanceName() {
    return instance.isHub() ? "hub" : instance.nodeCountry();
  }

  @ModelAttribute("isHub")
  boolean isHub() {
    return instance.isHub();
  }

  @ModelAttribute("languages")
  java.util.List<String> languages() {
    return Languages.TAGS;
  }
}
