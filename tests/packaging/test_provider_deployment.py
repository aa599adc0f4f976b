"""The provider's deployment files (packaging/provider/), each checked by the tool that runs it
where this machine has it: the systemd units by `systemd-analyze verify`, the nginx site by
`nginx -t` and then by nginx itself in front of a real provider over TLS; the compose file and
the Containerfile (no container engine here) by what they name: commands the CLI accepts,
settings the provider knows, files that exist.

A missing tool skips on a developer's machine and fails in CI (`CI=true`), which installs it
(.ci/run: apt-get install systemd nginx-light)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import ssl
import subprocess
import time
from pathlib import Path

import httpx
import pytest
import yaml

from provider.cli import build_parser
from provider.settings import Settings
from tests.provider.conftest import free_port
from tests.provider.test_cli_serve import CLI, first_line, production_cli_env
from tests.provider.tls_files import self_signed

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "packaging" / "provider"
INSTALLED_CLI = "/opt/switchboard/venv/bin/switchboard-provider"


def require(tool: str, package: str) -> str:
    found = shutil.which(tool) or next((p for p in (f"/usr/sbin/{tool}", f"/sbin/{tool}")
                                        if os.access(p, os.X_OK)), None)
    if found:
        return found
    message = f"{tool} is not installed: apt-get install {package}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _cli_args(command_line: str) -> list[str]:
    """The arguments after the executable, as the unit or compose file gives them."""
    words = shlex.split(command_line)
    assert words[0] == INSTALLED_CLI, words[0]
    return words[1:]


def test_systemd_units_verify(tmp_path):
    analyze = require("systemd-analyze", "systemd")
    units = sorted((FILES / "systemd").iterdir())
    assert [u.name for u in units] == ["switchboard-api.service", "switchboard-jobs.service",
                                       "switchboard-jobs.timer"]
    for unit in units:  # the installed path of the executable, here this venv's
        (tmp_path / unit.name).write_text(unit.read_text().replace(INSTALLED_CLI, CLI))
    done = subprocess.run([analyze, "verify", "--man=no", *(u.name for u in units)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    ours = [line for line in (done.stdout + done.stderr).splitlines() if "switchboard" in line]
    assert done.returncode == 0 and not ours, done.stdout + done.stderr
    for unit in units[:2]:
        exec_start = re.search(r"^ExecStart=(.+)$", unit.read_text(), re.M)
        assert exec_start
        build_parser().parse_args(_cli_args(exec_start.group(1)))  # exits 2 on a wrong option


def test_a_broken_unit_is_noticed(tmp_path):
    """The check above can fail: verify names what it could not parse."""
    analyze = require("systemd-analyze", "systemd")
    (tmp_path / "broken.service").write_text("[Service]\nExecStart=/bin/true\nKillMode=sideways\n")
    done = subprocess.run([analyze, "verify", "--man=no", "broken.service"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert "sideways" in done.stdout + done.stderr


def _nginx_conf(tmp_path: Path, api_port: int, tls_port: int) -> Path:
    cert, key = self_signed(tmp_path / "tls")
    site = (FILES / "nginx" / "switchboard.conf").read_text()
    site = (site.replace("/etc/ssl/switchboard/fullchain.pem", str(cert))
            .replace("/etc/ssl/switchboard/privkey.pem", str(key))
            .replace("server 127.0.0.1:8080;", f"server 127.0.0.1:{api_port};")
            .replace("listen 8444 ", f"listen 127.0.0.1:{tls_port} ")
            .replace("listen [::]:8444 ssl http2;", ""))
    (tmp_path / "site.conf").write_text(site)
    temp = tmp_path / "temp"
    temp.mkdir()
    user = "user root root;\n" if os.geteuid() == 0 else ""  # workers read the tmp files
    conf = tmp_path / "nginx.conf"
    conf.write_text(f"""{user}daemon off;
pid {tmp_path}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {tmp_path}/site.conf;
}}
""")
    return conf


def test_nginx_site_terminates_tls_on_8444_in_front_of_the_api(tmp_path):
    nginx = require("nginx", "nginx-light")
    api_port, tls_port = free_port(), free_port()
    conf = _nginx_conf(tmp_path, api_port, tls_port)
    checked = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True,
                             text=True, timeout=30)
    assert checked.returncode == 0 and "test is successful" in checked.stderr, checked.stderr

    # nginx is the trusted proxy, as provider.env.example tells operators to set it.
    env = production_cli_env(tmp_path) | {"SWITCHBOARD_ACCESS_LOG": "true",
                                          "SWITCHBOARD_TRUSTED_PROXIES": '["127.0.0.1"]'}
    api = subprocess.Popen([CLI, "serve", "--db", f"sqlite:///{tmp_path / 'p.sqlite3'}", "--allow-sqlite",
                            "--port", str(api_port)], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    proxy = subprocess.Popen([nginx, "-p", str(tmp_path), "-c", str(conf)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        assert first_line(api).startswith("listening on http://")
        cert = str(tmp_path / "tls" / "cert.pem")
        trust = ssl.create_default_context(cafile=cert)
        with httpx.Client(base_url=f"https://127.0.0.1:{tls_port}", verify=trust, timeout=10) as client:
            deadline = time.monotonic() + 20
            while True:
                try:
                    up = client.get("/healthz", headers={"X-Request-ID": "through-nginx-0001"})
                    break
                except httpx.ConnectError:
                    assert time.monotonic() < deadline and proxy.poll() is None, proxy.stderr
                    time.sleep(0.2)
            assert up.status_code == 200 and up.headers["x-request-id"] == "through-nginx-0001"
            # nginx said X-Forwarded-Proto: https, so the provider knows the request came over TLS.
            assert up.headers["strict-transport-security"] == "max-age=31536000"
            assert client.get("/api/v1/catalog").status_code == 200
            assert client.get("/metrics").status_code == 404  # never through the public port
    finally:
        for process in (proxy, api):
            process.terminate()
            process.wait(timeout=15)


def _compose() -> dict:
    return yaml.safe_load((FILES / "compose.yaml").read_text())


def test_compose_runs_postgresql_the_api_and_a_jobs_runner():
    services = _compose()["services"]
    assert set(services) == {"postgres", "api", "jobs"}
    assert services["postgres"]["image"].startswith("docker.io/library/postgres:")
    api, jobs = services["api"], services["jobs"]
    assert api["build"]["dockerfile"] == "packaging/provider/Containerfile"
    assert (FILES / api["build"]["context"] / api["build"]["dockerfile"]).resolve().is_file()
    serve = build_parser().parse_args(api["command"])
    assert serve.command == "serve" and serve.port == 8444 and serve.tls_cert and serve.tls_key
    assert "8444:8444" in api["ports"]
    run_jobs = build_parser().parse_args(jobs["command"])
    assert run_jobs.command == "run-jobs" and run_jobs.every == 300
    assert jobs["image"] == api["image"] and api["env_file"] == jobs["env_file"] == "provider.env"
    assert set(_compose()["secrets"]) >= {"tls_cert", "tls_key", "db_password"}


def test_the_example_settings_are_settings_the_provider_reads():
    known = {f"SWITCHBOARD_{name.upper()}" for name in Settings.model_fields}
    names = [line.split("=", 1)[0] for line in (FILES / "provider.env.example").read_text().splitlines()
             if line and not line.startswith("#")]
    assert names and set(names) <= known, set(names) - known
    assert {"SWITCHBOARD_DATABASE_URL", "SWITCHBOARD_VOIP_KEY", "SWITCHBOARD_PAYMENT_GATEWAY"} <= set(names)


def test_the_containerfile_installs_the_provider_alone():
    text = (FILES / "Containerfile").read_text()
    copied = re.findall(r"^COPY (?!--from)(.+) \S+$", text, re.M)
    for sources in copied:
        for source in sources.split():
            assert (ROOT / source).exists(), source
    assert "desktop" not in " ".join(copied)  # no client code, so no Qt
    assert re.search(r'pip install .*\[provider\]', text)
    entry = re.search(r'^ENTRYPOINT \["switchboard-provider"\]$', text, re.M)
    cmd = re.search(r"^CMD (\[.+\])$", text, re.M)
    assert entry and cmd
    build_parser().parse_args(yaml.safe_load(cmd.group(1)))
