-- Every request a query string never asked before: the search page rendered afresh
-- (a miss of RenderedPages), for docs/bench/page-ratio.sh.
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "&n=" .. n .. "-" .. math.random(1, 1000000000))
end
