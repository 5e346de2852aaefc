#pragma once
// Who is making a request, and what they may do. Handlers ask the Gate, never look at
// addresses or cookies themselves: the App finds the route, asks the Gate who is asking and
// whether that person may use the route on that file, and only then calls the handler.
// Gates: LoopbackGate (this computer only, no accounts), AccountsGate (sign-in against the
// users file, sessions.hpp), ProxyHeaderGate (a council's single sign-on in front).
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "serve/http.hpp"

namespace docket::serve {

enum class Role { officer, clerk, admin };
std::string_view role_name(Role role);
std::optional<Role> role_named(std::string_view name);

/// What a request wants to do; a Gate decides who may.
enum class Permission {
  open,              // anyone, signed in or not: the sign-in page and the styles it uses
  read,              // open the workspace, reports, agendas, previews, history, downloads
  edit_report,       // create reports; save, restore, import into one (officers: their own)
  edit_agenda,       // create and save agendas, build and publish packs (clerks)
  read_exempt,       // members' packs and exempt papers (clerks)
  manage_templates,  // the council's templates (admins)
  manage_accounts,   // accounts (admins)
};

struct Identity {
  std::string name;  // shown in the header and written in the audit log
  std::set<Role> roles;
  bool has(Role r) const { return roles.count(r) > 0; }
};

/// The workspace file a route is about, when it is about one.
struct Subject {
  std::string file;   // "reports/q2.xml"; empty for routes about no one file
  std::string owner;  // the account that created it; empty when not known
};

/// What the refused person is told.
struct Refusal {
  int status = 403;
  bool sign_in = false;  // send them to the sign-in page
  std::string message;
  std::string hint;
};

/// The result of a sign-in attempt.
struct SignIn {
  enum Outcome { signed_in, wrong, throttled } outcome = wrong;
  std::string session;  // the new session's id, for the cookie
};

class Gate {
 public:
  virtual ~Gate() = default;
  /// The person behind the request, or nullopt: the request is refused as refusal() says.
  virtual std::optional<Identity> identify(const Request& request) const = 0;
  virtual Refusal refusal() const = 0;
  /// The rule of roles (role_allows), the same for every gate.
  bool allows(const Identity& who, Permission what, const Subject& subject) const;
  /// Gates with accounts check a password and open a session; others refuse.
  virtual bool has_sign_in() const { return false; }
  virtual SignIn sign_in(std::string_view /*name*/, std::string_view /*password*/, const Request& /*request*/) {
    return {};
  }
  virtual void sign_out(const Request& /*request*/) {}
};

/// Officers edit their own reports and read the rest; clerks do everything in democratic
/// services' remit (reports and agendas); admins manage accounts and templates.
bool role_allows(const Identity& who, Permission what, const Subject& subject);

/// Without accounts: whoever reaches the server from this computer is its user, with every
/// role. Requests from any other address are refused, whatever address the server listens on.
class LoopbackGate : public Gate {
 public:
  std::optional<Identity> identify(const Request& request) const override;
  Refusal refusal() const override;
};

/// Whether an address is on this computer (127.0.0.0/8, ::1, ::ffff:127.x).
bool is_loopback(const std::string& address);

/// The name of the session cookie the AccountsGate reads.
inline constexpr const char* kSessionCookie = "docket_session";

}  // namespace docket::serve
