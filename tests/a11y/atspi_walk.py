#!/usr/bin/python3
"""Victims' Hub as assistive technology sees it.

Starts the desktop app on a synthetic demo caseload, once for each page and dialog, as a
caseworker, a supervisor, an administrator and an auditor (plus the sign-in and first
administrator dialogs), and reads the app's accessibility tree over AT-SPI, the way a
screen reader (Orca) does. Every object that takes the keyboard focus must have a
non-empty accessible name and a role that says what it is; images must have a name; the
red safety dot and the clock's colours must be there in words too. Tabs are pressed one
after the other so that every tab of a page is read.

Run it in a D-Bus session, with an X server of its own (ctest does this):
    dbus-run-session -- /usr/bin/python3 tests/a11y/atspi_walk.py --own-display \\
        --victimshub build/app/victimshub/victimshub --hubctl build/app/hubctl/hubctl
Exit status 0 when everything is named; otherwise each problem is listed, one a line.
"""

import argparse
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    sys.exit("atspi_walk: Python's AT-SPI client is not installed (Debian: python3-pyatspi); "
             "run it with /usr/bin/python3")

R = pyatspi
# What a focusable control may be: something a screen reader can announce as a control.
CONTROL_ROLES = {
    R.ROLE_PUSH_BUTTON, R.ROLE_TOGGLE_BUTTON, R.ROLE_CHECK_BOX, R.ROLE_RADIO_BUTTON,
    R.ROLE_COMBO_BOX, R.ROLE_ENTRY, R.ROLE_PASSWORD_TEXT, R.ROLE_TEXT, R.ROLE_SPIN_BUTTON,
    R.ROLE_TABLE, R.ROLE_TREE_TABLE, R.ROLE_TREE, R.ROLE_LIST, R.ROLE_LIST_BOX,
    R.ROLE_PAGE_TAB_LIST, R.ROLE_PAGE_TAB, R.ROLE_MENU_ITEM, R.ROLE_MENU, R.ROLE_SLIDER,
    R.ROLE_DATE_EDITOR, R.ROLE_LINK, R.ROLE_CALENDAR, R.ROLE_CHART, R.ROLE_DOCUMENT_TEXT,
    R.ROLE_TABLE_CELL, R.ROLE_LIST_ITEM, R.ROLE_TREE_ITEM, R.ROLE_CHECK_MENU_ITEM,
    R.ROLE_RADIO_MENU_ITEM, R.ROLE_EDITBAR, R.ROLE_LABEL, R.ROLE_STATIC,
}
IMAGE_ROLES = {R.ROLE_IMAGE, R.ROLE_ICON}
CONTAINER_ROLES = {R.ROLE_TABLE, R.ROLE_TREE_TABLE, R.ROLE_TREE, R.ROLE_LIST, R.ROLE_LIST_BOX}
# Cells read from each list or table: enough to see several rows of every column.
CELLS_READ = 600


def role_name(obj):
    try:
        return obj.getRoleName()
    except Exception:  # an object that went away while being read
        return "?"


def spoken_name(obj):
    """The name a screen reader speaks: the accessible name, else its label's."""
    name = (obj.name or "").strip()
    if name:
        return name
    for relation in obj.getRelationSet():
        if relation.getRelationType() == R.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and (target.name or "").strip():
                    return target.name.strip()
    return ""


class Walk:
    def __init__(self, scenario):
        self.scenario = scenario
        self.problems = []
        self.seen = 0
        self.focusable = 0
        self.safety_words = 0
        self.tab_lists = []
        self.tables = []

    def problem(self, path, text):
        self.problems.append("%s: %s: %s" % (self.scenario, path, text))

    def visit(self, obj, path, depth=0):
        if obj is None or depth > 40:
            return
        self.seen += 1
        role = obj.getRole()
        states = obj.getState()
        shown = states.contains(R.STATE_SHOWING) and states.contains(R.STATE_VISIBLE)
        label = "%s '%s'" % (role_name(obj), (obj.name or "")[:40])
        here = path + " > " + label if path else label
        if not shown:
            return
        if states.contains(R.STATE_FOCUSABLE) and role not in (R.ROLE_TABLE_CELL, R.ROLE_LIST_ITEM,
                                                                R.ROLE_TREE_ITEM):
            self.focusable += 1
            if not spoken_name(obj):
                self.problem(here, "focusable %s without an accessible name" % role_name(obj))
            if role not in CONTROL_ROLES:
                self.problem(here, "focusable object with the role '%s', which says nothing "
                                   "about what it does" % role_name(obj))
        if role in IMAGE_ROLES and not (spoken_name(obj) or (obj.description or "").strip()):
            self.problem(here, "image without a name or description")
        if role == R.ROLE_PAGE_TAB_LIST:
            self.tab_lists.append(obj)
        if role in CONTAINER_ROLES:
            self.read_cells(obj, here)
            return
        for i in range(obj.childCount):
            try:
                child = obj.getChildAtIndex(i)
            except Exception:
                continue
            self.visit(child, here, depth + 1)

    def read_cells(self, view, here):
        """The words of the cells: a colour or a dot is never the only sign."""
        self.tables.append(here)
        headers = {}
        try:
            table = view.queryTable()
            for c in range(table.nColumns):
                headers[c] = (table.getColumnDescription(c) or "").strip()
        except NotImplementedError:
            table = None
        for i in range(min(view.childCount, CELLS_READ)):
            cell = view.getChildAtIndex(i)
            if cell is None:
                continue
            text = (cell.name or "").strip()
            if "safety-of-contact limits" in text:
                self.safety_words += 1
            column = None
            if table is not None:
                try:
                    column = table.getColumnAtIndex(cell.getIndexInParent())
                except Exception:
                    column = None
            header = headers.get(column, "")
            if "clock" in header.lower() and cell.getRole() == R.ROLE_TABLE_CELL and not text:
                self.problem(here, "a clock cell (row %d) with no words" % i)


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise TimeoutError(what)


def app_of(pid):
    desktop = R.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def windows_of(app):
    out = []
    for i in range(app.childCount):
        w = app.getChildAtIndex(i)
        if w is not None and w.getState().contains(R.STATE_SHOWING):
            out.append(w)
    return out


class Desk:
    def __init__(self, args, workdir):
        self.args = args
        self.workdir = workdir
        self.env = dict(os.environ)
        self.env.update({
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "HOME": workdir,
            "XDG_CONFIG_HOME": os.path.join(workdir, "config"),
            "XDG_DATA_HOME": os.path.join(workdir, "data"),
            "TZ": "Europe/London",
            "LC_ALL": "C.UTF-8",
        })

    def start(self, db, user=None, extra=()):
        env = dict(self.env)
        command = [self.args.victimshub, "--db", db]
        if user:
            command += ["--user", user]
            env["HUB_PASSWORD"] = "demo-" + user
        else:
            env.pop("HUB_PASSWORD", None)
        command += list(extra)
        log = tempfile.TemporaryFile(dir=self.workdir)
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
        proc.log = log
        return proc

    @staticmethod
    def stop(proc):
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def walk(self, scenario, proc, windows=1, tabs=False, safety=False):
        """Reads the window (or the dialog) of `proc`; with `safety`, its lists must say
        "has safety-of-contact limits" for the red dot (read again while they fill in)."""
        try:
            def running():
                if proc.poll() is not None:
                    proc.log.seek(0)
                    raise RuntimeError("the app ended (%s): %s" % (
                        proc.returncode, proc.log.read().decode(errors="replace")[-400:]))
                return True

            app = wait_for(lambda: running() and app_of(proc.pid), 40, "the app on AT-SPI")

            def ready():
                running()
                shown = windows_of(app)
                return shown if len(shown) >= windows else None

            wait_for(ready, 40, "its window on AT-SPI")
            deadline = time.monotonic() + 40  # a loaded or sanitizer build fills slowly
            while True:
                time.sleep(0.4)  # the lists fill in
                walk = Walk(scenario)
                shown = windows_of(app)
                # The dialog (the newest window) when one was asked for, else the main window.
                targets = shown[-1:] if windows > 1 else shown
                for w in targets:
                    walk.visit(w, "")
                if not safety or walk.safety_words or time.monotonic() > deadline:
                    break
            if safety and not walk.safety_words:
                walk.problem("lists", "no list says 'has safety-of-contact limits' for the "
                                      "red dot of a person who has them")
            if tabs:
                for tab_list in list(walk.tab_lists):
                    for i in range(tab_list.childCount):
                        tab = tab_list.getChildAtIndex(i)
                        if tab is None or tab.getRole() != R.ROLE_PAGE_TAB or \
                                tab.getState().contains(R.STATE_SELECTED):
                            continue
                        tab.queryAction().doAction(0)
                        time.sleep(0.25)
                        for w in targets:
                            walk.visit(w, "")
        finally:
            self.stop(proc)
        return walk


def make_demo(args, workdir):
    db = os.path.join(workdir, "demo.db")
    run = lambda *a: subprocess.run([args.hubctl, "--db", db, *a], check=True,
                                    stdout=subprocess.DEVNULL)
    run("init")
    run("demo", "--people", "240", "--months", "3", "--seed", "7", "--until", "today")
    return db


def pick(db, sql, *params):
    with sqlite3.connect(db) as c:
        row = c.execute(sql, params).fetchone()
    if row is None:
        raise RuntimeError("the demo caseload has no row for: " + sql)
    return row[0]


def scenarios(db, empty_db):
    worker = "cw.peterborough.1"
    # One of the worker's people with an open episode and a safety-of-contact limit.
    person = pick(db, """SELECT e.person_id FROM episode e JOIN app_user u ON u.id = e.caseworker_id
                         JOIN person p ON p.id = e.person_id
                         WHERE u.username = ? AND e.status = 'open'
                         ORDER BY (p.safe_voicemail + p.safe_letters + p.safe_text), p.num
                         LIMIT 1""", worker)
    # Someone the administrator can erase (no open referral or episode), found by id.
    erasable = pick(db, """SELECT p.id FROM person p
                           WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.id
                                   AND r.status NOT IN ('closed', 'declined', 'no_contact'))
                             AND NOT EXISTS (SELECT 1 FROM episode e WHERE e.person_id = p.id
                                   AND e.status <> 'closed')
                           ORDER BY p.num LIMIT 1""")
    sup = "sup.peterborough"
    W = lambda *a: ("window", a)
    D = lambda *a: ("dialog", a)
    return [
        ("sign-in dialog", db, None, D(), {}),
        ("first administrator dialog", empty_db, None, D(), {}),
        ("caseworker: my caseload", db, worker, W("--page", "caseload"),
         {"tabs": True, "safety": True}),
        ("caseworker: referrals", db, worker, W("--page", "referrals"), {}),
        ("caseworker: search", db, worker, W("--page", "search"), {}),
        ("caseworker: person record", db, worker, W("--person", person), {"tabs": True}),
        ("caseworker: log contact", db, worker, D("--person", person, "--log-contact"), {}),
        ("caseworker: edit person", db, worker, D("--person", person, "--trigger",
                                                  "editPersonButton"), {}),
        ("caseworker: new task", db, worker, D("--person", person, "--trigger",
                                               "newTaskAction"), {}),
        ("caseworker: request closure", db, worker, D("--person", person, "--trigger",
                                                      "requestClosureButton"), {}),
        ("caseworker: who is it about", db, worker, D("--page", "search", "--trigger",
                                                      "logContactAction"), {}),
        ("caseworker: new referral", db, worker, D("--page", "referrals", "--trigger",
                                                   "newReferralButton"), {}),
        ("caseworker: triage", db, worker, D("--page", "referrals", "--trigger", "first-rows",
                                             "--trigger", "triageButton"), {}),
        ("caseworker: choose a colleague", db, worker, D("--page", "referrals", "--trigger",
                                                         "first-rows", "--trigger",
                                                         "assignToButton"), {}),
        ("caseworker: sync settings", db, worker, D("--trigger", "syncSettingsAction"), {}),
        ("caseworker: about", db, worker, D("--trigger", "aboutAction"), {}),
        ("caseworker: locked", db, worker, W("--trigger", "lockAction"), {}),
        ("supervisor: team", db, sup, W("--page", "team"), {"tabs": True}),
        ("supervisor: reassign", db, sup, D("--page", "team", "--trigger", "first-rows",
                                            "--trigger", "reassignButton"), {}),
        ("supervisor: priority", db, sup, D("--page", "team", "--trigger", "first-rows",
                                            "--trigger", "priorityButton"), {}),
        ("supervisor: reports", db, sup, W("--page", "reports"), {}),
        ("supervisor: sync conflicts", db, sup, D("--trigger", "syncConflictsAction"), {}),
        ("administrator: admin", db, "admin", W("--page", "admin/users"), {"tabs": True}),
        ("administrator: erase dialog", db, "admin", D("--page", "admin/erasure", "--trigger",
                                                       "eraseFind=" + erasable, "--trigger",
                                                       "first-rows",
                                                       "--trigger", "eraseOne"),
         {}),
        ("auditor: audit", db, "auditor", W("--page", "admin/audit"), {}),
    ]


def start_xvfb():
    """An X server on a display number it picks itself (no race with other servers)."""
    read, write = os.pipe()
    try:
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                                 "-nolisten", "tcp"], pass_fds=(write,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except FileNotFoundError:
        sys.exit("atspi_walk: Xvfb is not installed (Debian: xvfb)")
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        sys.exit("atspi_walk: Xvfb did not start")
    os.environ["DISPLAY"] = ":" + number
    return xvfb


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--victimshub", required=True)
    parser.add_argument("--hubctl", required=True)
    parser.add_argument("--only", help="only the scenarios whose name matches this pattern")
    parser.add_argument("--own-display", action="store_true",
                        help="start an X server (Xvfb) of its own instead of using $DISPLAY")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        sys.exit("atspi_walk: needs a D-Bus session (dbus-run-session -- ...)")
    if not any(os.path.exists(os.path.join(d, "at-spi-bus-launcher"))
               for d in ("/usr/libexec", "/usr/lib/at-spi2-core")):
        sys.exit("atspi_walk: the AT-SPI bus and registry are not installed (Debian: at-spi2-core)")
    started = time.monotonic()
    xvfb = None
    if args.own_display:
        xvfb = start_xvfb()
    elif not os.environ.get("DISPLAY"):
        sys.exit("atspi_walk: needs an X display (or --own-display to start Xvfb)")
    problems = []
    try:
        read_all(args, problems)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    print("took %.1f s" % (time.monotonic() - started))
    for p in sorted(set(problems)):
        print("PROBLEM " + p)
    sys.exit(1 if problems else 0)


def read_all(args, problems):
    """Each page and dialog, its problems added to `problems`."""
    with tempfile.TemporaryDirectory(prefix="hub-a11y-") as workdir:
        db = make_demo(args, workdir)
        empty_db = os.path.join(workdir, "empty.db")
        subprocess.run([args.hubctl, "--db", empty_db, "init"], check=True,
                       stdout=subprocess.DEVNULL)
        desk = Desk(args, workdir)
        totals = {"objects": 0, "focusable": 0, "safety": 0, "scenarios": 0}
        chosen = [s for s in scenarios(db, empty_db) if not args.only or re.search(args.only, s[0])]
        # The next apps start while one is read: starting takes longer than reading.
        ahead = 3
        running = {}
        for index, (name, path, user, (kind, extra), options) in enumerate(chosen):
            for later in chosen[index:index + ahead]:
                if later[0] not in running:
                    running[later[0]] = desk.start(later[1], later[2], later[3][1])
            t0 = time.monotonic()
            proc = running.pop(name)
            try:
                walk = desk.walk(name, proc, windows=2 if kind == "dialog" and user else 1,
                                 **options)
            except (TimeoutError, RuntimeError) as e:
                problems.append("%s: could not be read: %s" % (name, e))
                continue
            problems.extend(walk.problems)
            totals["objects"] += walk.seen
            totals["focusable"] += walk.focusable
            totals["safety"] += walk.safety_words
            totals["scenarios"] += 1
            print("%-36s %5d objects %4d focusable %3d safety dots %3d problems %5.1f s" % (
                name, walk.seen, walk.focusable, walk.safety_words, len(walk.problems),
                time.monotonic() - t0), flush=True)
            if walk.focusable == 0:
                problems.append("%s: no focusable object was found" % name)
    print("read %(scenarios)d pages and dialogs, %(objects)d objects, %(focusable)d focusable, "
          "%(safety)d safety dots in words" % totals)


if __name__ == "__main__":
    main()
