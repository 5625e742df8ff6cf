package org.counterpart.system;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home page: what this official can do here, by role. */
@Controller
class DashboardController {

  private final List<DashboardTile> tiles;
  private final List<DashboardReminders> reminders;
  private final CounterpartProperties instance;

  DashboardController(
      List<DashboardTile> tiles,
      List<DashboardReminders> reminders,
      CounterpartProperties instance) {
    this.tiles = tiles;
    this.reminders = reminders;
    this.instance = instance;
  }

  @GetMapping("/")
  String dashboard(Authentication authentication, Model model) {
    var held =
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    var visible =
        tiles.stream()
            .filter(tile -> tile.authorities().stream().anyMatch(held::contains))
            .sorted(Comparator.comparingInt(DashboardTile::order))
            .toList();
    model.addAttribute("tiles", visible);
    model.addAttribute(
        "reminders",
        reminders.stream()
            .flatMap(r -> r.forOfficial(authentication).stream())
            .sorted(Comparator.comparing(DashboardReminders.Reminder::due))
            .toList());
    model.addAttribute(
        "roles",
        held.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList());
    model.addAttribute("instance", instance);
    return "dashboard";
  }
}
