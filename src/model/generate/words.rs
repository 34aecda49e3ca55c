//! Word lists for generated maps: stage names, lanes, verbs and objects, owners, notes.

use super::lane_spec::LaneSpec;
use crate::model::Channel::{App, Chat, Email, InPerson, Letter, Other, Phone, Web};
use crate::model::LaneKind::{Backstage, Customer, Evidence, Frontstage, Support};

const fn lane(name: &'static str, kind: crate::model::LaneKind, owners: &'static [&'static str], actors: &'static [&'static str], channels: &'static [crate::model::Channel]) -> LaneSpec {
    LaneSpec { name, kind, owners, actors, channels }
}

pub const EVIDENCE: LaneSpec = lane("What the customer sees", Evidence, &["Marketing", "Sales", "Billing", "Logistics"], &["Customer"], &[Web, Email, Letter, App, InPerson]);
pub const CUSTOMER: LaneSpec = lane("Customer", Customer, &["Sales", "Customer service", "Marketing"], &["Customer"], &[Web, App, Phone, InPerson, Email, Chat]);
pub const FRONTSTAGE: [LaneSpec; 2] = [
    lane("Contact centre", Frontstage, &["Customer service"], &["Service agent", "Chat agent", "Team lead"], &[Phone, Chat, Email]),
    lane("Store and field staff", Frontstage, &["Sales (stores)", "Field service"], &["Store seller", "Installer", "Field technician"], &[InPerson, Phone]),
];
pub const BACKSTAGE: [LaneSpec; 3] = [
    lane("Order handling", Backstage, &["Sales back office", "Customer service"], &["Order handler", "Back-office clerk"], &[Other, Email]),
    lane("Case management", Backstage, &["Customer service", "Quality"], &["Case handler", "Specialist"], &[Other, Email, Phone]),
    lane("Field service planning", Backstage, &["Field service", "Logistics"], &["Planner", "Dispatcher"], &[Other, Phone]),
];
pub const SUPPORT: [LaneSpec; 4] = [
    lane("Billing", Support, &["Finance", "Billing"], &["Billing system", "Invoicing clerk"], &[Other, Letter, Email]),
    lane("Logistics", Support, &["Logistics", "Warehouse"], &["Warehouse system", "Carrier"], &[Other]),
    lane("IT", Support, &["IT"], &["CRM", "Order system", "Identity service"], &[Other]),
    lane("Customer data", Support, &["IT", "Data protection"], &["Customer database", "Consent register"], &[Other]),
];

pub const STAGE_NAMES: [&str; 12] = ["Discover", "Compare", "Sign up", "Use", "Pay", "Get help",
    "Change plan", "Renew", "Move house", "Recommend", "Complain", "Leave"];

pub const CUSTOMER_VERBS: &[&str] = &["Searches for", "Compares", "Asks about", "Orders", "Checks",
    "Pays for", "Calls about", "Reads about", "Changes", "Cancels", "Complains about", "Waits for",
    "Books", "Returns"];
pub const FRONTSTAGE_VERBS: &[&str] = &["Explains", "Confirms", "Books", "Corrects", "Hands over",
    "Apologises for", "Recommends", "Walks the customer through", "Promises", "Checks"];
pub const EVIDENCE_FORMS: &[&str] = &["Confirmation email about", "Text message about",
    "Letter about", "Web page on", "App notification about", "Receipt for", "Printed leaflet on"];
pub const VISIBLE_OBJECTS: &[&str] = &["the price list", "the delivery date", "the first invoice",
    "a service visit", "the contract terms", "the order status", "a replacement device",
    "the opening hours", "the monthly plan", "a refund", "the installation slot",
    "the loyalty discount", "the moving date", "the user account"];
pub const BACKSTAGE_VERBS: &[&str] = &["Records", "Approves", "Schedules", "Reviews", "Escalates",
    "Updates", "Hands off", "Verifies", "Prepares", "Closes"];
pub const SUPPORT_VERBS: &[&str] = &["Calculates", "Syncs", "Generates", "Ships", "Validates",
    "Reserves", "Sends", "Stores", "Matches", "Archives"];
pub const HIDDEN_OBJECTS: &[&str] = &["the order", "the customer record", "the credit check",
    "the installation job", "the complaint", "the refund request", "the contract change",
    "the stock reservation", "the service ticket", "the campaign code", "the invoice run",
    "the payment file"];
pub const DESCRIPTIONS: &[&str] = &["Happens mostly in the evening.", "Done by hand in a spreadsheet.",
    "Customers often get stuck here.", "Varies between regions.", "Handled by a partner company.",
    "Follows the standard process, most of the time."];
/// Notes for TERMS tags, by area in the order of `TermsArea::ALL`.
pub const NOTES: [&[&str]; 5] = [
    &["Takes days with no update", "Customer waits on hold", "Queues at peak hours", "Each handoff adds a day"],
    &["Customer feels ignored", "The letter sounds cold", "Staff sound rushed", "Nobody apologises"],
    &["Codes are typed by hand", "The wrong plan is easy to pick", "Nothing is checked before sending", "Data is entered twice"],
    &["The invoice shows the wrong price", "A late fee is charged by mistake", "Refunds take two billing cycles", "A hidden opening fee"],
    &["Only open during office hours", "Needs a computer to finish", "Forms come in one language only", "The store is far for rural customers"],
];
pub const OBSERVATIONS: &[&str] = &["Customer asked the same question twice",
    "Staff looked the answer up in an old email", "The form timed out halfway",
    "Customer thanked the agent by name"];
pub const SOURCES: &[&str] = &["walkthrough", "customer survey", "complaint log", "staff interview"];
