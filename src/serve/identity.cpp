#include "serve/identity.hpp"

namespace docket::serve {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::officer: return "officer";
    case Role::clerk: return "clerk";
    case Role::admin: return "admin";
  }
  return "officer";
}

std::optional<Role> role_named(std::string_view name) {
  for (Role r : {Role::officer, Role::clerk, Role::admin}) {
    if (role_name(r) == name) return r;
  }
  return std::nullopt;
}

bool is_loopback(const std::string& address) {
  return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

bool role_allows(const Identity& who, Permission what, const Subject& subject) {
  switch (what) {
    case Permission::open: return true;
    case Permission::read: return !who.roles.empty();
    case Permission::edit_report:
      if (who.has(Role::clerk)) return true;
      // A new report (no file yet) is the officer's own.
      return who.has(Role::officer) && (subject.file.empty() || (!subject.owner.empty() && subject.owner == who.name));
    case Permission::edit_agenda:
    case Permission::read_exempt: return who.has(Role::clerk);
    case Permission::manage_templates:
    case Permission::manage_accounts: return who.has(Role::admin);
  }
  return false;
}

bool Gate::allows(const Identity& who, Permission what, const Subject& subject) const {
  return role_allows(who, what, subject);
}

std::optional<Identity> LoopbackGate::identify(const Request& request) const {
  if (!is_loopback(request.remote_address)) return std::nullopt;
  return Identity{.name = "you", .roles = {Role::officer, Role::clerk, Role::admin}};
}

Refusal LoopbackGate::refusal() const {
  return {.status = 403,
          .message = "This editor answers only requests from this computer.",
          .hint = "Open it in a browser on the computer where docket serve is running."};
}

}  // namespace docket::serve
