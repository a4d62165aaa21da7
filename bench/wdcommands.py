#!/usr/bin/env python3
"""Counts the WebDriver commands, page loads and axe-core runs of a run of the browser tests.

Usage: TOOLKIT_CHROMEDRIVER_LOG=/tmp/wd/cd mvn -q -o test -Dtest=SomeBrowserTest -Dcds.skip
       bench/wdcommands.py /tmp/wd/cd

With TOOLKIT_CHROMEDRIVER_LOG set, each chromedriver the tests start (testing.BrowserSession)
logs the commands it is sent to PREFIX-N.log. This sums them over those files: every command by
name (Navigate is a page load asked for; a click that follows a link is not counted as one), and
the axe-core runs (the asynchronous script that calls axe.run). Run one class at a time to
have a class's counts: the browsers are shared between the classes of one JVM.
"""
import collections
import glob
import re
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    commands, axe = collections.Counter(), 0
    for name in glob.glob(sys.argv[1] + "-*.log"):
        with open(name, errors="replace") as log:
            for line in log:
                m = re.search(r"\]: \[[0-9a-f]+\] COMMAND (\w+)", line)
                if m:
                    commands[m.group(1)] += 1
                if "axe.run(document" in line:
                    axe += 1
    print(f"{sum(commands.values())} commands, {commands['Navigate']} page loads, {axe} axe-core runs")
    for command, count in commands.most_common():
        print(f"  {count:6d}  {command}")


if __name__ == "__main__":
    main()
