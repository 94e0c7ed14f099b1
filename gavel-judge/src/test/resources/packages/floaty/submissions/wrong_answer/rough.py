import math
print("%.2f" % math.sqrt(float(input())))
