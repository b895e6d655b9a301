"""The `monitor` command line.

Exit codes: 0 the command completed (whatever the verdicts), 1 an internal
failure, 2 a usage or configuration error, 3 with --fail-on-veto when any
site fails a veto.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn
from zoneinfo import ZoneInfo

import typer
from loguru import logger
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from monitor import jobs
from monitor.config import (
    ConfigError,
    LoadedConfig,
    SiteConfig,
    default_config_path,
    load_config,
)
from monitor.inspect import InspectError, inspect_file, inspect_url
from monitor.report import FORMATS, Report, report_document, tables

EXIT_INTERNAL, EXIT_USAGE, EXIT_VETO = 1, 2, 3
EXIT_UNDELIVERED = 4  # alerts send: a message was refused for good (a bad address); it is not retried

app = typer.Typer(
    help="政府网站与政务新媒体监测：crawl government sites, store snapshots, apply the veto rules, write 通报-style reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")
import_app = typer.Typer(help="Import what inspectors and vendor platforms recorded.", no_args_is_help=True)
app.add_typer(import_app, name="import")
alerts_app = typer.Typer(help="Alerts to the responsible units and the supervising office (notify: in the config).",
                         no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")

# Logs and cron mail are read in full: don't squeeze tables to 80 columns there.
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="Config file (default ./config.yaml or $MONITOR_CONFIG).", show_default=False),
]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Log every request.")]


class UsageError(Exception):
    """A mistake by the user, reported in one line with exit code 2."""


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print each line of the message as an error (as text, never markup: '[postgres]' stays) and exit."""
    for line in message.splitlines() or [""]:
        err.print(f"[red]error:[/red] {escape(line)}", markup=True, highlight=False, soft_wrap=True)
    raise SystemExit(code)


def interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def setup_logging(verbose: bool, quiet: bool = False) -> None:
    """Logs to stderr, one JSON object a line with MONITOR_LOG_FORMAT=json; quieter under a progress bar."""
    logger.remove()
    level = "DEBUG" if verbose else ("WARNING" if quiet else "INFO")
    if os.environ.get("MONITOR_LOG_FORMAT") == "json":
        logger.add(sys.stderr, level=level, serialize=True)
    else:
        logger.add(sys.stderr, level=level, format="{time:YYYY-MM-DD HH:mm:ss} {level: <7} {message}")


def load(path: Path | None) -> LoadedConfig:
    loaded = load_config(path or default_config_path())
    for warning in loaded.warnings:
        logger.warning("{}", warning if warning in roster_problems(loaded) else f"{loaded.path}: {warning}")
    return loaded


def roster_problems(loaded: LoadedConfig) -> set[str]:
    """The warnings that are roster rows: they name their own file, sheet and row."""
    return {problem for roster in loaded.rosters for problem in roster.problems}


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def parse_day(value: str | None, option: str = "--as-of") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be a date like 2024-08-29, got {value!r}") from None


VERDICT_STYLE = {
    "pass": "[green]合格[/green]", "fail": "[red]不合格[/red]", "unknown": "[yellow]无法判断[/yellow]",
    "not_checked": "[dim]未检测[/dim]",
}


def print_verdicts(report: Report) -> None:
    table = Table(title=f"监测结果（监测时间点 {report.as_of.isoformat()}，规则集 {report.ruleset}）")
    for header in ("网站名称", "网站标识码", "结论", "问题", "扣分", "预警"):
        table.add_column(header)
    for site in report.websites:
        problems = [v.text for v in site.vetoes] + [f"无法判断：{u.reason}" for u in site.unknown]
        unknown_columns = [c.name for c in site.columns if c.status == "unknown"]
        if unknown_columns and not site.unknown:
            problems.append(f"栏目无法判断：{'、'.join(unknown_columns)}")
        deducted = sum(d.points for d in site.deductions)
        table.add_row(
            site.name, site.code, VERDICT_STYLE[site.verdict], "\n".join(problems) or "—",
            f"{deducted:g}" if deducted else "—", str(len(site.warnings)) if site.warnings else "—",
        )
    document = report_document(report)
    table.caption = tables.website_sentence(document)
    if report.websites:
        out.print(table)
    if not report.accounts:
        return
    accounts = Table(title="政务新媒体")
    for header in ("账号名称", "账号类型", "结论", "问题", "最后更新日期"):
        accounts.add_column(header)
    for entry in document["accounts"]:
        problems = tables.account_problems(entry) or "—"
        accounts.add_row(entry["name"], tables.platform_text(entry["platform"]), VERDICT_STYLE[entry["verdict"]],
                         problems, entry["latest_post"] or "—")
    accounts.caption = tables.account_sentence(document)
    out.print(accounts)


def select_sites(loaded: LoadedConfig, code: str | None) -> list[SiteConfig]:
    try:
        return jobs.select_sites(loaded, code)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def run_checks(loaded: LoadedConfig, code: str | None, trigger: str, only: str | None = None) -> jobs.CheckSummary:
    sites = [] if only == "accounts" else select_sites(loaded, code)
    accounts = only != "sites" and code is None
    if not interactive():
        return asyncio.run(jobs.run_check(loaded, sites, trigger=trigger, accounts=accounts))
    with Progress(
        TextColumn("[bold]检查网站"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
    ) as progress:
        task = progress.add_task("", total=len(sites))
        return asyncio.run(jobs.run_check(
            loaded, sites, trigger=trigger, accounts=accounts,
            on_site=lambda crawl: progress.update(task, advance=1, description=crawl.site.name),
        ))


def write_reports(loaded: LoadedConfig, report: Report, formats: list[str]) -> list[Path]:
    return [jobs.write_report(report, fmt, jobs.default_report_path(loaded, report, fmt)) for fmt in formats]


def check_formats(formats: list[str]) -> list[str]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown report format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    return formats


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the config.")] = Path("config.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented example config.yaml (the bundled demo fleet) to start from."""
    if path.exists() and not force:
        raise UsageError(f"{path} exists; use --force to overwrite it")
    template = Path(__file__).with_name("config_template.yaml").read_text(encoding="utf-8")
    path.write_text(template, encoding="utf-8")
    out.print(f"wrote {path}; edit the sites list, then run `monitor check --config {path}`")


@app.command()
def check(
    config: ConfigOption = None,
    site: Annotated[str | None, typer.Option("--site", help="Check only the site with this 网站标识码.")] = None,
    formats: Annotated[list[str], typer.Option("--format", "-f", help="Report formats to write.")] = ["md", "json"],  # noqa: B006
    fail_on_veto: Annotated[bool, typer.Option("--fail-on-veto", help="Exit 3 when any site fails a veto.")] = False,
    only: Annotated[str | None, typer.Option("--only", help="Only sites or only accounts (sites|accounts).")] = None,
    verbose: VerboseOption = False,
) -> None:
    """Crawl every configured site (or one) and read every account's feed, store what was seen,
    evaluate and write the reports."""
    setup_logging(verbose, quiet=interactive())
    loaded = load(config)
    check_formats(formats)
    if only not in (None, "sites", "accounts"):
        raise UsageError(f"--only takes sites or accounts, got {only!r}")
    summary = run_checks(loaded, site, "check", only)
    # The report of the day always covers the whole config, from stored snapshots, even after
    # a single-site run; only the crawled sites' findings move.
    report = asyncio.run(jobs.evaluate(loaded, None))
    asyncio.run(jobs.record(loaded, report, {s.code for s in select_sites(loaded, site)}))
    print_verdicts(report)
    paths = write_reports(loaded, report, formats)
    out.print(f"run {summary.run_id}: {summary.sites} sites, {summary.pages} pages, {summary.links} links checked, "
              f"{summary.feeds} account feeds read")
    for path in paths:
        out.print(f"report: {path}")
    if fail_on_veto and any(s.verdict == "fail" for s in report.websites):
        raise typer.Exit(EXIT_VETO)


@app.command()
def probe(
    config: ConfigOption = None,
    site: Annotated[str | None, typer.Option("--site", help="Probe only the site with this 网站标识码.")] = None,
    verbose: VerboseOption = False,
) -> None:
    """One round of homepage probes (站点无法访问): run it from cron at least 20 times a day."""
    setup_logging(verbose)
    loaded = load(config)
    if loaded.config.probe.enabled is False:
        logger.warning("{}: probe.enabled is false, so site.unreachable ignores these probes", loaded.path)
    probed, failed = asyncio.run(jobs.run_probe(loaded, select_sites(loaded, site)))
    out.print(f"probed {probed} homepages, {failed} not reachable within {loaded.config.fetch.timeout:g} s")


@app.command()
def report(
    config: ConfigOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="监测时间点 YYYY-MM-DD (default: now).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout (required for xlsx).")] = None,
    site: Annotated[str | None, typer.Option("--site", help="Only the site with this 网站标识码.")] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Also list findings open since this date (YYYY-MM-DD) and whether they were rectified.",
    )] = None,
    fail_on_veto: Annotated[bool, typer.Option("--fail-on-veto", help="Exit 3 when any site fails a veto.")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Evaluate the stored snapshots as of a date and print or write the report (no crawling)."""
    setup_logging(verbose, quiet=True)
    loaded = load(config)
    check_formats([fmt])
    if output is None and not FORMATS[fmt].text:
        raise UsageError(f"--format {fmt} is binary: write it to a file with --output FILE")
    day = parse_day(as_of)
    # The notice formats also show the trend over past checks and the configured 工作要求.
    use_case = jobs.evaluate_notice if fmt in ("md", "html", "docx", "xlsx") else jobs.evaluate
    result = asyncio.run(use_case(loaded, day, select_sites(loaded, site), since=parse_day(since, "--since")))
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(FORMATS[fmt].render(report_document(result)))
        sys.stdout.buffer.flush()
    else:
        jobs.write_report(result, fmt, output)
        err.print(f"report: {output}")
    if fail_on_veto and any(s.verdict == "fail" for s in result.websites):
        raise typer.Exit(EXIT_VETO)


@app.command()
def rules(config: ConfigOption = None) -> None:
    """Print the ruleset in force: every rule, its thresholds (with config overrides) and official wording."""
    from monitor.rules.catalog import load_ruleset
    from monitor.rules.docs import rules_markdown

    setup_logging(False, quiet=True)
    path = config or default_config_path()
    name, overrides = "national-2019", {}
    if config is not None or path.exists():
        loaded = load(path)
        name, overrides = loaded.config.ruleset, loaded.config.rules
    sys.stdout.write(rules_markdown(load_ruleset(name, overrides)))


@app.command()
def validate(config: ConfigOption = None) -> None:
    """Read the config and its rosters and print every problem, one a line (no crawling, no database).

    Exits 0 when there is none, 2 otherwise.
    """
    setup_logging(False, quiet=True)
    path = config or default_config_path()
    try:
        loaded = load_config(path)
    except ConfigError as exc:
        problems = [*str(exc).splitlines(), *exc.warnings]
        summary = f"{path}: {plural(len(problems), 'problem')}"
    else:
        from_rosters = roster_problems(loaded)
        problems = [w if w in from_rosters else f"{path}: {w}" for w in loaded.warnings]
        counts = f"{plural(len(loaded.config.sites), 'site')}, {plural(len(loaded.config.accounts), 'account')}"
        if loaded.rosters:
            counts += " (rosters: " + ", ".join(
                f"{r.name} {plural(len(r.entries), 'site' if r.kind == 'sites' else 'account')}" for r in loaded.rosters
            ) + ")"
        summary = f"{path}: {counts}; " + (plural(len(problems), "problem") if problems else "no problems")
    for line in [*problems, summary]:
        out.print(line, markup=False, highlight=False, soft_wrap=True)
    if problems:
        raise typer.Exit(EXIT_USAGE)


@app.command()
def inspect(
    target: Annotated[str, typer.Argument(help="A saved HTML file, or an http(s) URL to fetch.")],
    base_url: Annotated[str | None, typer.Option("--url", help="Base URL for relative links in a file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the contracts §3 JSON object.")] = False,
    pages: Annotated[int, typer.Option("--pages", min=1, max=50, help="For a URL: follow the list this many pages.")] = 1,
    verbose: VerboseOption = False,
) -> None:
    """Show what the extractor reads from one page: kind, items, newest date, blank, next page."""
    setup_logging(verbose, quiet=True)
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    if target.startswith(("http://", "https://")):
        objects = asyncio.run(inspect_url(target, pages=pages, today=today))
    else:
        objects = [inspect_file(Path(target), base_url, today=today)]
    document: dict[str, Any] = dict(objects[0])
    if len(objects) > 1:
        document["pages"] = objects[1:]
    if as_json:
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    for obj in objects:
        out.print(f"[bold]{obj['url'] or target}[/bold]  kind={obj['kind']} encoding={obj['encoding']} "
                  f"items={obj['item_count']} latest={obj['latest_item_date']} blank={obj['blank']}")
        for item in obj["items"]:
            out.print(f"  {item['date'] or '----------'}  {item['title']}  {item['url']}", highlight=False)
        out.print(f"  next page: {obj['next_page']}")


@app.command()
def demo(
    port: Annotated[int, typer.Option("--port", help="Port of the demo fleet on 127.0.0.1 (0 = any free port).")] = 8089,
    serve: Annotated[bool, typer.Option("--serve", help="Only serve the fleet until Ctrl-C (for `monitor check`).")] = False,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the demo reports.")] = Path("demo-report"),
    verbose: VerboseOption = False,
) -> None:
    """Serve the bundled demo fleet on 127.0.0.1, check it into a throwaway database and report."""
    from monitor.demo.run import run_demo, serve_demo

    setup_logging(verbose, quiet=interactive())
    if serve:
        serve_demo(port, out)
        return
    report_paths, result = run_demo(port, output, progress_console=err if interactive() else None)
    print_verdicts(result)
    for path in report_paths:
        out.print(f"report: {path}")


@import_app.command("observations")
def import_observations_command(
    file: Annotated[Path, typer.Argument(help="A .csv or .xlsx file, one account observation per row.")],
    config: ConfigOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Store account observations (新媒体标识码 or 账号名称+账号类型, 观测时间, 最近发布时间 …) from a file:
    the whole file or, when any row is bad, nothing (every bad row is named; exit 2)."""
    from monitor.store.imports import ObservationImportError, import_observations

    setup_logging(verbose)
    loaded = load(config)
    try:
        result = asyncio.run(import_observations(loaded, file))
    except ObservationImportError as exc:
        raise UsageError(str(exc)) from None
    out.print(result.summary(), highlight=False)


@alerts_app.command("send")
def alerts_send(
    config: ConfigOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the messages that are due; write and send nothing.")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Evaluate as of now, write every due alert to the outbox, send what is pending, mark what was sent.

    One digest per responsible unit (an e-mail address) with news or a reminder due, the summary to
    notify.email.supervisor and to notify.webhooks. An unreachable mail server is logged and the
    messages wait for the next run (exit 0); a message refused for good is reported (exit 4).
    """
    from monitor.notify import send_alerts
    from monitor.notify.secrets import literal_secrets

    setup_logging(verbose)
    loaded = load(config)
    settings = loaded.config.notify
    if settings.email is None and not settings.webhooks:
        raise UsageError(f"{loaded.path}: notify: neither email nor webhooks is configured (see README, Alerts)")
    secrets = literal_secrets(loaded)
    if secrets:
        raise UsageError("\n".join(secrets))
    result = asyncio.run(send_alerts(loaded, dry_run=dry_run))
    kinds = {kind: sum(1 for q in result.queued if q.kind == kind) for kind in ("digest", "summary", "chat")}
    counted = ", ".join(f"{plural(n, kind)}" for kind, n in kinds.items() if n) or "nothing new"
    if dry_run:
        for queued in result.queued:
            channel = "e-mail" if queued.channel == "email" else "chat"
            out.rule(f"{channel} {queued.kind} → {queued.recipient}", style="dim")
            out.print(f"Subject: {queued.subject}", markup=False, highlight=False, soft_wrap=True)
            if queued.attachments:
                out.print(f"Attachments: {', '.join(queued.attachments)}", markup=False, highlight=False)
            out.print(queued.text, markup=False, highlight=False, soft_wrap=True)
        out.print(f"dry run as of {result.as_of.isoformat()}: would queue {counted}; nothing written or sent "
                  f"({result.pending} earlier messages pending)", markup=False, highlight=False)
        return
    out.print(f"alerts as of {result.as_of.isoformat()}: queued {counted}; sent {len(result.sent)}, "
              f"failed {len(result.failed)}, pending {result.pending}", markup=False, highlight=False)
    for attempt in result.failed:
        out.print(f"failed: {attempt.kind} to {attempt.recipient} ({attempt.subject}): {attempt.error}",
                  markup=False, highlight=False, soft_wrap=True)
    if result.failed:
        raise typer.Exit(EXIT_UNDELIVERED)


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None, revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Create or migrate the database schema to the newest revision."""
    from monitor.store import current_revision, upgrade

    setup_logging(False)
    loaded = load(config)
    url = loaded.database_url()
    try:
        upgrade(url, revision)
    except ValueError as exc:
        raise UsageError(f"{loaded.path}: database: {exc}") from None
    out.print(f"database at revision {current_revision(url)}")


def main() -> None:
    """Entry point: run the app, turning user mistakes into one line and exit 2."""
    try:
        app()
    except (ConfigError, InspectError, UsageError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted", EXIT_INTERNAL)
    except Exception as exc:  # the last resort: one line for the user, the traceback in the log
        logger.opt(exception=exc).debug("internal failure")
        fail(f"internal failure: {type(exc).__name__}: {exc} (run with --verbose for details)", EXIT_INTERNAL)


if __name__ == "__main__":
    main()
