"""Kill-test driver: a zygote that imports everything once, then forks one capturing child per
"GO <round>" line on stdin. The child opens the forum file and, forever, adds a person, checks
them in, captures a proposal and records its tally, printing one acknowledgement line (flushed)
after each committed save:

    ACK person <id> <token> | ACK attendance <id> <token> | ACK proposal <id> <token>
    ACK tally <proposal id> <token>

The test SIGKILLs the child; the zygote reaps it and prints "DEAD <round>"."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from kppforum.db import open_forum_file
from kppforum.services.attendance import check_in
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.tallies import record_tally

path, meeting_id, community_id = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])


def ack(*words: object) -> None:
    os.write(1, (" ".join(map(str, words)) + "\n").encode())  # one write: never half a line


def capture(round_no: str) -> None:
    forum = open_forum_file(path)
    n = 0
    while True:
        n += 1
        token = f"r{round_no}n{n}"
        person = add_person(forum, PersonInput(f"สมชาย{token}", "ทดสอบ", community_id=community_id))
        ack("ACK person", person.id, token)
        checked = check_in(forum, meeting_id, person.id, desk="1")
        ack("ACK attendance", checked.attendance_id, token)
        data = ProposalInput(community_id, problem=f"ถนนชำรุด ({token})", budget="12500")
        proposal = create_proposal(forum, meeting_id, data)
        ack("ACK proposal", proposal.id, token)
        record_tally(forum, proposal.id, agree=1, disagree=0)
        ack("ACK tally", proposal.id, token)


print("READY", flush=True)
for line in sys.stdin:
    word, round_no = line.split()
    if word != "GO":
        break
    pid = os.fork()
    if pid == 0:  # the child: capture until killed
        try:
            ack("PID", os.getpid())
            capture(round_no)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(3)
    os.waitpid(pid, 0)
    print("DEAD", round_no, flush=True)
