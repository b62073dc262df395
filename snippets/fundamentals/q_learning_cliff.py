"""Tabular Q-learning on the cliff-walking grid (Sutton and Barto, example
6.6): 4 x 12 cells, start S bottom-left, goal G bottom-right, the cells
between them are a cliff (reward -100, back to start). Every step costs -1."""

import numpy as np

rng = np.random.default_rng(0)
ROWS, COLS = 4, 12
START, GOAL = (3, 0), (3, 11)
MOVES = [(-1, 0), (0, 1), (1, 0), (0, -1)]  # up, right, down, left
ARROWS = "^>v<"


def step(state, action):
    """Environment dynamics: next state, reward, episode finished?"""
    r = min(max(state[0] + MOVES[action][0], 0), ROWS - 1)
    c = min(max(state[1] + MOVES[action][1], 0), COLS - 1)
    if r == 3 and 0 < c < 11:  # fell off the cliff
        return START, -100.0, False
    return (r, c), -1.0, (r, c) == GOAL


Q = np.zeros((ROWS, COLS, 4))
alpha, gamma, epsilon = 0.5, 1.0, 0.1
returns = []
for episode in range(500):
    s, total, done = START, 0.0, False
    while not done:
        # epsilon-greedy behaviour: mostly exploit, sometimes explore
        a = rng.integers(4) if rng.random() < epsilon else int(np.argmax(Q[s]))
        s_next, reward, done = step(s, a)
        # off-policy target: the best next action, whatever the agent does next
        target = reward + (0.0 if done else gamma * Q[s_next].max())
        Q[s][a] += alpha * (target - Q[s][a])  # temporal-difference update
        s, total = s_next, total + reward
    returns.append(total)

print(f"mean return, episodes 1-50: {np.mean(returns[:50]):7.1f}")
print(f"mean return, last 50:       {np.mean(returns[-50:]):7.1f}"
      "  (exploring still falls off sometimes)")
assert np.mean(returns[:50]) < np.mean(returns[-50:]) < -13, "exploring still costs"
print("greedy policy (start is the bottom-left cell, G goal, C cliff):")
for r in range(ROWS):
    row = []
    for c in range(COLS):
        if (r, c) == GOAL:
            row.append("G")
        elif r == 3 and 0 < c < 11:
            row.append("C")
        else:
            row.append(ARROWS[int(np.argmax(Q[r, c]))])
    print("  " + " ".join(row))
s, path_return = START, 0.0
for _ in range(100):  # follow the greedy policy without exploration
    s, reward, done = step(s, int(np.argmax(Q[s])))
    path_return += reward
    if done:
        break
print(f"greedy return: {path_return:.0f} "
      "(optimal is -13: up, 11 steps right along the edge, down)")
assert path_return == -13, "the greedy policy is the optimal path along the edge"
