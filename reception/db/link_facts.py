"""The hot-spot report's link facts (migration 0012) as a bulk load fills them: all at once.

A new link's statement trigger locks the linked properties and the appeals' fact rows, then
recomputes those appeals' rows: right for a clerk's link, but for a first load's half a million links
the locks alone write every fact row again. That load switches the trigger off in its own
transaction (it holds every table the trigger would lock) and fills the table with one statement
computing the same rows.
"""

from __future__ import annotations

# PostgreSQL: the statement trigger on appeal_properties that keeps the facts of new links.
PG_LINKS_INSERTED_TRIGGER = "report_links_links_inserted"
# Every link's facts, from the base tables (the table holds none of these appeals yet).
FILL_ALL = (
    "INSERT INTO report_link_facts "
    "(building, received_day, appeal_id, okrug, channel, department_id, repeated) "
    "SELECT CASE WHEN p.building_key <> '' THEN p.building_key ELSE p.address END, f.received_day, "
    "f.appeal_id, max(p.okrug), f.channel, f.department_id, "
    "CASE WHEN EXISTS (SELECT 1 FROM appeal_repeats r WHERE r.appeal_id = f.appeal_id) THEN 1 ELSE 0 END "
    "FROM appeal_properties ap JOIN properties p ON p.id = ap.property_id "
    "JOIN report_appeal_facts f ON f.appeal_id = ap.appeal_id "
    "GROUP BY CASE WHEN p.building_key <> '' THEN p.building_key ELSE p.address END, f.received_day, "
    "f.appeal_id, f.channel, f.department_id"
)
