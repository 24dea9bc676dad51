-- The counting SQL of one monthly report (core/store/ReportQueries.cpp), in plain SQL for
-- the sqlite3 shell, to compare timings and figures with `hubctl report monthly`:
--
--   time sqlite3 hub.db < scripts/report_month.sql
--   time hubctl --db hub.db report monthly --month 2026-10 --as-of 2026-11-05T09:00:00Z --format csv
--
-- The month is October 2026 in Europe/London time: the report_window is the UTC instants of
-- local midnight on 1 October (BST) and 1 November (GMT). Edit `report_window` for another month.
-- What SQL cannot do without the bank-holiday file, the Victims' Code due date and so
-- met/missed/pending, is left to hubctl; this script gives the first-contact instants'
-- count instead. Contacts are counted as corrected: a superseded row (an original that
-- was amended, or an amendment that a later one replaced) is never counted.

CREATE TEMP TABLE report_window AS SELECT
    '2026-09-30T23:00:00Z' AS m_from, '2026-11-01T00:00:00Z' AS m_to,
    '2025-09-30T23:00:00Z' AS ly_from, '2025-11-01T00:00:00Z' AS ly_to,
    '2026-10-31' AS last_day, '2026-11-05T09:00:00Z' AS as_of;

CREATE TEMP VIEW current_contact AS
SELECT c.* FROM contact c
WHERE NOT EXISTS (SELECT 1 FROM contact l WHERE l.amends = coalesce(c.amends, c.id)
    AND l.id <> c.id AND (c.amends IS NULL OR l.recorded_at > c.recorded_at
    OR (l.recorded_at = c.recorded_at AND l.id > c.id)));

CREATE TEMP TABLE month_referral AS
SELECT r.id, r.person_id, r.source, r.offence_group, r.flags, r.enhanced,
    r.consent_to_contact,
    NOT EXISTS (SELECT 1 FROM referral e WHERE e.person_id = r.person_id
        AND e.received_at < (SELECT m_from FROM report_window)) AS first_ever,
    CASE WHEN r.consent_to_contact THEN (SELECT min(c.at) FROM current_contact c
        WHERE c.person_id = r.person_id AND c.at >= r.received_at
        AND c.at <= (SELECT as_of FROM report_window)
        AND (c.direction = 'outbound' OR (c.direction = 'inbound' AND c.outcome = 'spoke')))
    END AS first_contact_at
FROM referral r
WHERE r.received_at >= (SELECT m_from FROM report_window) AND r.received_at < (SELECT m_to FROM report_window);

CREATE TEMP TABLE month_contact_totals AS
SELECT count(*) AS contacts, coalesce(sum(c.duration_minutes), 0) AS minutes,
    count(DISTINCT CASE WHEN c.outcome = 'spoke' THEN c.person_id END) AS spoken_to
FROM current_contact c
WHERE c.at >= (SELECT m_from FROM report_window) AND c.at < (SELECT m_to FROM report_window);

-- People spoken to in the month while they had an episode open.
CREATE TEMP TABLE supported AS
SELECT p.id AS person_id, p.date_of_birth AS dob, p.gender, p.ethnic_group, p.disability
FROM person p WHERE p.id IN (SELECT c.person_id FROM current_contact c
    WHERE c.at >= (SELECT m_from FROM report_window) AND c.at < (SELECT m_to FROM report_window)
    AND c.outcome = 'spoke' AND EXISTS (SELECT 1 FROM episode e
        WHERE e.person_id = c.person_id AND e.opened_at <= c.at
        AND (e.closed_at IS NULL OR e.closed_at >= c.at)));

SELECT 'referrals_received', count(*) FROM month_referral;
SELECT 'referrals_by_source', source, count(*) FROM month_referral GROUP BY source;
SELECT 'referrals_by_offence_group', offence_group, count(*) FROM month_referral
    GROUP BY offence_group;
SELECT 'referrals_by_flag', f.value, count(DISTINCT r.id) FROM month_referral r,
    json_each(r.flags) f GROUP BY f.value;
SELECT 'referrals_enhanced', sum(enhanced) FROM month_referral;
SELECT 'people_referred', count(DISTINCT person_id) FROM month_referral;
SELECT 'people_referred_first_time', count(DISTINCT person_id) FROM month_referral
    WHERE first_ever;
SELECT 'first_contact', 'due', sum(consent_to_contact),
    'with a first contact', count(first_contact_at) FROM month_referral;
SELECT 'people_contacted', spoken_to FROM month_contact_totals;
SELECT 'people_supported', count(*) FROM supported;

SELECT 'episodes_opened', count(*) FROM episode
    WHERE opened_at >= (SELECT m_from FROM report_window) AND opened_at < (SELECT m_to FROM report_window);
SELECT 'episodes_closed', count(*) FROM episode WHERE status = 'closed'
    AND closed_at >= (SELECT m_from FROM report_window) AND closed_at < (SELECT m_to FROM report_window);
SELECT 'episodes_open_at_month_end', count(*) FROM episode
    WHERE opened_at < (SELECT m_to FROM report_window)
    AND (closed_at IS NULL OR closed_at >= (SELECT m_to FROM report_window));
SELECT 'onward_referrals_by_agency', agency, count(*) FROM onward_referral
    WHERE referred_at >= (SELECT m_from FROM report_window) AND referred_at < (SELECT m_to FROM report_window)
    GROUP BY agency;
SELECT 'outcomes', o.key, sum(o.value = 'improved'),
    sum(o.value IN ('improved', 'not_improved')) FROM episode e, json_each(e.outcomes) o
    WHERE e.status = 'closed' AND e.closed_at >= (SELECT m_from FROM report_window)
    AND e.closed_at < (SELECT m_to FROM report_window) GROUP BY o.key;

-- Age in whole years on the last day of the month.
SELECT 'supported_by_age_band', band, count(*) FROM (
    SELECT CASE
        WHEN dob IS NULL THEN 'unknown'
        ELSE (SELECT CASE WHEN a < 0 THEN 'unknown' WHEN a <= 17 THEN '0-17'
            WHEN a <= 24 THEN '18-24' WHEN a <= 34 THEN '25-34' WHEN a <= 44 THEN '35-44'
            WHEN a <= 54 THEN '45-54' WHEN a <= 64 THEN '55-64' ELSE '65+' END
            FROM (SELECT CAST(substr(w.last_day, 1, 4) AS INTEGER)
                - CAST(substr(dob, 1, 4) AS INTEGER)
                - (substr(w.last_day, 6) < substr(dob, 6)) AS a FROM report_window w))
        END AS band FROM supported) GROUP BY band;
SELECT 'supported_by_gender', gender, count(*) FROM supported GROUP BY gender;
SELECT 'supported_by_ethnic_group', ethnic_group, count(*) FROM supported
    GROUP BY ethnic_group;
SELECT 'supported_by_disability', disability, count(*) FROM supported GROUP BY disability;
SELECT 'contacts_logged', contacts FROM month_contact_totals;
SELECT 'contact_minutes', minutes FROM month_contact_totals;
SELECT 'referrals_received_same_month_last_year', count(*) FROM referral
    WHERE received_at >= (SELECT ly_from FROM report_window) AND received_at < (SELECT ly_to FROM report_window);
