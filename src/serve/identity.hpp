#pragma once
// Who is making a request, and what they may do. Handlers ask the Gate, never look at
// addresses or cookies themselves, so that accounts and roles (a clerk, an officer, a
// reader) can be added by giving the App another Gate, without touching a handler.
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "serve/http.hpp"

namespace docket::serve {

enum class Role { officer, clerk };

/// What a request wants to do; a Gate decides who may.
enum class Permission {
  read,          // open the workspace, reports, previews, history, downloads
  edit_report,   // create, save, restore, import into a report
  edit_agenda,   // create and save agendas (clerks)
};

struct Identity {
  std::string name;      // shown in the header and, later, the audit log
  std::set<Role> roles;
  bool has(Role r) const { return roles.count(r) > 0; }
};

class Gate {
 public:
  virtual ~Gate() = default;
  /// The person behind the request, or nullopt: the request is refused (401/403).
  virtual std::optional<Identity> identify(const Request& request) const = 0;
  virtual bool allows(const Identity& who, Permission what) const = 0;
};

/// Without accounts: whoever reaches the server from this computer is its user, with every
/// role. Requests from any other address are refused, whatever address the server listens on.
class LoopbackGate : public Gate {
 public:
  std::optional<Identity> identify(const Request& request) const override;
  bool allows(const Identity& who, Permission what) const override;
};

/// Whether an address is on this computer (127.0.0.0/8, ::1, ::ffff:127.x).
bool is_loopback(const std::string& address);

}  // namespace docket::serve
