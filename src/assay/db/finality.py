"""Which submissions are final: one query for every live stream of an API process."""

from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from assay.core import SubmissionState
from assay.db.models import Submission


async def final_or_gone(session: AsyncSession, submission_ids: Collection[int]) -> set[int]:
    """The ids among `submission_ids` whose row is finished or no longer exists."""
    if not submission_ids:
        return set()
    query = sa.select(Submission.id, Submission.state).where(Submission.id.in_(submission_ids))
    states = {row.id: row.state for row in await session.execute(query)}
    return {
        submission_id
        for submission_id in submission_ids
        if states.get(submission_id, SubmissionState.FINISHED) is SubmissionState.FINISHED
    }
