"""`newsgraph serve`: the JSON API and the web pages over a store (registered by cli.py)."""

from __future__ import annotations

import os
from typing import Optional

import typer

from .cli import app


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", help="The store: a SQLite path or a database URL (default ./newsgraph.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    create: bool = typer.Option(False, "--create", help="Make the store, empty, when it does not exist (to fill it by POST /api/articles)."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes (each with its own connection pool); more than one for many readers at once."),
) -> None:
    """Serve the API (/api, schema at /openapi.json, described at /docs) and the web pages.

    The store must exist (made by `newsgraph ingest` or `newsgraph demo`) unless --create is
    given. POST /api/articles is enabled only when NEWSGRAPH_TOKEN is set; clients send it as
    `Authorization: Bearer <token>`.
    """
    import uvicorn

    from .api import SERVE_DB_ENV, TOKEN_ENV, create_app
    from .cli_store import missing_store, no_store_message

    missing = missing_store(db)
    if missing is not None:
        if not create:
            typer.echo(f"error: {no_store_message(missing)}; or give --create to serve a new empty one", err=True)
            raise typer.Exit(2)
        typer.echo(f"note: {missing} does not exist yet; it is created empty", err=True)
    try:
        web = create_app(db)
    except Exception as e:  # a bad URL or an unreadable database: say so, no traceback
        typer.echo(f"error: cannot open the store {db or 'newsgraph.db'}: {e}", err=True)
        raise typer.Exit(1)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"newsgraph: serving http://{shown}:{port}/  (API at /api, described at /docs, schema at /openapi.json)", err=True)
    typer.echo(f"POST /api/articles: {'enabled' if os.environ.get(TOKEN_ENV) else f'disabled (set {TOKEN_ENV} to enable)'}", err=True)
    if workers == 1:
        uvicorn.run(web, host=host, port=port, log_level="info", server_header=False)
        return
    # several processes: each makes its own app over the same store (uvicorn imports the factory)
    os.environ[SERVE_DB_ENV] = db or ""
    uvicorn.run("newsgraph.api:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", server_header=False)
