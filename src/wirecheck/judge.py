"""An optional judge: a language model behind an OpenAI-compatible chat endpoint that vets the
conflicts found in the text. Off unless WIRECHECK_JUDGE_URL and WIRECHECK_JUDGE_MODEL are set
(WIRECHECK_JUDGE_KEY is sent as a bearer token when present). The judge only removes conflicts
it calls spurious; when it cannot be reached or answers something else, the conflict stays.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

from wirecheck.model import Conflict

TIMEOUT_SECONDS = 30.0
PROMPT = ("Two news reports may disagree. Answer with one word, yes or no: do these statements "
          "contradict each other on a matter of fact?\n\n{sides}")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Judge:
    base_url: str
    model: str
    api_key: str | None = None

    @classmethod
    def from_env(cls) -> Judge | None:
        url, model = os.environ.get("WIRECHECK_JUDGE_URL"), os.environ.get("WIRECHECK_JUDGE_MODEL")
        return cls(url.rstrip("/"), model, os.environ.get("WIRECHECK_JUDGE_KEY")) if url and model else None

    def refine(self, conflicts: list[Conflict]) -> list[Conflict]:
        """The conflicts the judge does not reject."""
        with httpx.Client(timeout=TIMEOUT_SECONDS) as client:
            return [c for c in conflicts if self._verdict(client, c) is not False]

    def _verdict(self, client: httpx.Client, conflict: Conflict) -> bool | None:
        sides = "\n".join(f"{n}. {side.text}" for n, side in enumerate(conflict.sides, start=1))
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            response = client.post(f"{self.base_url}/chat/completions", headers=headers, json={
                "model": self.model, "temperature": 0,
                "messages": [{"role": "user", "content": PROMPT.format(sides=sides)}],
            })
            response.raise_for_status()
            answer = response.json()["choices"][0]["message"]["content"].strip().lower()
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
            log.warning("judge unavailable, conflict %s kept: %s", conflict.id, error)
            return None
        if answer.startswith("yes"):
            return True
        return False if answer.startswith("no") else None
