package dev.gavel.server.contest.board;

class MemoryBoardTest extends BoardContract {

    @Override
    RankStore open(long contestId, int eventRetention) {
        return new MemoryRankStore(eventRetention);
    }
}
