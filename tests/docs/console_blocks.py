"""The README's ```console blocks, run and compared: each `$ command` line runs in bash (with
pipefail) and must print exactly the lines shown after it, up to the next `$ ` line; `$ echo $?`
shows the exit status of the command before it."""
import subprocess


def run_console_block(block, env, expect, status=None):
    """Runs one block's commands with `env`, reporting each difference through expect(cond, msg).
    `status` is the exit status an `echo $?` at the block's start refers to. Returns (the number of
    commands run, the last exit status)."""
    lines = block.splitlines()
    commands, i = 0, 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        command = lines[i][2:]
        j = i + 1
        while j < len(lines) and not lines[j].startswith("$ "):
            j += 1
        shown = "\n".join(lines[i + 1:j])
        if command == "echo $?":
            expect(shown == str(status), f"README: exit status {shown}, the command before exits {status}")
        else:
            r = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env)
            status = r.returncode
            got = (r.stdout + r.stderr).rstrip("\n")
            expect(got == shown, f"README: `{command}` prints\n{got}\n--- not what the README shows:\n{shown}")
            commands += 1
        i = j
    return commands, status


def tool_env(work, tool):
    """The environment the README's commands run in: the built tool as `wasmtime-tiers` first on
    PATH (through a link in work/bin), no colour."""
    import os

    bindir = os.path.join(work, "bin")
    os.makedirs(bindir, exist_ok=True)
    link = os.path.join(bindir, "wasmtime-tiers")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink(os.path.abspath(tool), link)
    return {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", ""), "NO_COLOR": "1"}
