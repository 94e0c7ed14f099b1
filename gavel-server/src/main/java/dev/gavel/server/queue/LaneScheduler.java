package dev.gavel.server.queue;

import java.util.List;
import java.util.Set;

/**
 * Picks the lane of the next claim by smooth weighted round robin over the lanes that have work waiting: with
 * weights 8:4:2:1 and every lane busy, 15 claims in a row go 8 to contest, 4 to practice, 2 to execution and 1 to
 * rejudge, interleaved. A lane with nothing waiting earns no credit, so a burst cannot be saved up.
 */
final class LaneScheduler {

    private final int[] weights;
    private final int[] credit;

    LaneScheduler(List<Integer> weights) {
        if (weights.size() != Lane.values().length) {
            throw new IllegalArgumentException("gavel.queue.lane-weights needs " + Lane.values().length
                    + " weights (contest, practice, execution, rejudge), got " + weights);
        }
        this.weights = new int[weights.size()];
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) == null || weights.get(i) < 1) {
                throw new IllegalArgumentException("gavel.queue.lane-weights must all be at least 1, got " + weights);
            }
            this.weights[i] = weights.get(i);
        }
        this.credit = new int[weights.size()];
    }

    /** The lane to claim from next among those with work waiting, or null if none has. */
    synchronized Lane next(Set<Lane> waiting) {
        if (waiting.isEmpty()) return null;
        int total = 0;
        Lane best = null;
        for (Lane lane : waiting) {
            int i = lane.ordinal();
            credit[i] += weights[i];
            total += weights[i];
            if (best == null || credit[i] > credit[best.ordinal()]) best = lane;
        }
        credit[best.ordinal()] -= total;
        return best;
    }
}
