-- wrk script for bench/run.sh (the search-varied cell).
-- A different search each time: a topic word, a year and a word of the answers (24 x 10 x 10 =
-- 2,400 searches), so that few repeat within a cell and most are scored afresh.
local topics = {"potholes","penalty","looked","agency","homelessness","fly-tipping","arrears","exclusions","disrepair","assessment","lighting","noise","empty","temporary","missing","exploitation","cyber","consultancy","sickness","charge","trees","hygiene","badge","refuge"}
local extra = {"figures","table","system","records","held","estimate","hours","year","council","information"}
request = function()
  local q = topics[math.random(#topics)] .. "+" .. (2014 + math.random(0, 9)) .. "+" .. extra[math.random(#extra)]
  return wrk.format("GET", "/cases?q=" .. q)
end
-- Each wrk thread has its own Lua state: seed each from its own address so they differ.
init = function(args)
  math.randomseed(tonumber(tostring({}):match("0x(%x+)") or "1", 16) % 2147483647)
end
