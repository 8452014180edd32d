-- wrk script for LoadBenchmark's "serve" mode: GET /v1/assets/{id} for random stored ids, or a random page
-- of GET /v1/assets when MODE=page. Usage:
--   KEY=... IDS=/tmp/ids.txt MODE=one wrk -t2 -c16 -d10s -s wrk-get-asset.lua http://127.0.0.1:PORT
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local mode = os.getenv("MODE") or "one"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("KEY")
request = function()
  if mode == "page" then
    return wrk.format("GET", "/v1/assets?limit=20&offset=" .. (math.random(0, 499) * 20))
  end
  return wrk.format("GET", "/v1/assets/" .. ids[math.random(#ids)])
end
